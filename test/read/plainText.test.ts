import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AnnalsError } from '../../src/model/index.js';
import { readPlainText } from '../../src/read/index.js';
import { ARTICLE_FIXTURES } from '../helpers/fixtures.js';
import { expectSpansExact } from '../helpers/spans.js';

const seedText = readFileSync(`${ARTICLE_FIXTURES}/Bombardment_of_Gao.txt`, 'utf8');

describe('readPlainText on the seed', () => {
  const article = readPlainText(seedText, 'Bombardment_of_Gao.txt');

  it('keeps the file itself as the text', () => {
    expect(article.text).toBe(seedText);
    expect(article.title).toBe('Bombardment of Gao');
    expectSpansExact(article);
  });

  it.each([
    ['conflict', 'Conflict', 'Bombardment of Gao'],
    ['place', 'Place', 'Gao and outskirts, Gao Region, Mali'],
    ['partof', 'Partof', 'Mali War'],
    ['date', 'Date', 'January 13, 2013'],
    ['result', 'Result', 'French victory'],
    ['combatant1', 'Combatant1', 'France'],
    ['combatant2', 'Combatant2', 'MOJWA'],
    ['units1', 'Units1', '4 Rafale fighter jets'],
    ['units2', 'Units2', 'Unknown'],
    ['casualties1', 'Casualties1', 'None'],
    ['casualties2', 'Casualties2', '60+ killed'],
  ])('reads infobox field %s', (key, label, value) => {
    const field = article.infobox?.fields.find((f) => f.key === key);
    expect(field).toMatchObject({ label, value });
  });

  it('has exactly the three sections, none of them back matter', () => {
    expect(article.sections.map((s) => [s.title, s.level, s.backMatter])).toEqual([
      ['Background', 2, false],
      ['Bombardment', 2, false],
      ['Aftermath', 2, false],
    ]);
    expect(article.infobox?.fields).toHaveLength(11);
  });
});

describe('readPlainText layouts', () => {
  it('marks back matter and debris', () => {
    const text = '= T =\n\nLead.\n\n== See also ==\n* Other war\n\n=== Lists ===\nA list.\n\n== Reactions ==\n* France condemned it.\n\n[object Object]\n[object Object]\n';
    const article = readPlainText(text, 't.txt');
    expect(article.blocks.map((b) => b.kind)).toEqual(['prose', 'back_matter', 'back_matter', 'list', 'debris']);
    expect(article.infobox).toBeNull();
    expectSpansExact(article);
  });

  it.each([
    ['no title line', 'Just some words.\n'],
    ['a heading where the title should be', '== Background ==\nText.\n'],
  ])('refuses %s', (_name, text) => {
    expect(() => readPlainText(text, 'x.txt')).toThrow(AnnalsError);
  });
});
