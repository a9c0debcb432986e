import { describe, expect, it } from 'vitest';
import { AnnalsError } from '../../src/model/index.js';
import { readMarkdown } from '../../src/read/index.js';
import { expectSpansExact } from '../helpers/spans.js';

const words = (text: string, s: { start: number; end: number }): string => text.slice(s.start, s.end);

describe('readMarkdown', () => {
  const source = [
    '---',
    'title: Battle of Foo',
    'infoboxes:',
    '  - conflict:',
    '      text: Battle of Foo',
    '    combatant1:',
    '      text: Free Syrian Army  Jabhat al-Nusra',
    '      links:',
    '        - type: internal',
    '          page: Free Syrian Army',
    '        - type: internal',
    '          page: Jabhat al-Nusra',
    '---',
    '',
    'The **Battle of Foo** was fought by the [Free Syrian Army](./Free_Syrian_Army) near [Ma\'an](./Ma%27an,_Syria).<ref>x</ref>',
    '',
    '## Background',
    'Rebels *advanced* on 5 March.',
    '',
    ' * 🇺🇳 **United Nations** – The UN expressed concern.',
    ' * **Iran** – Iran condemned it.',
    '',
    '## References',
    'Some reference.',
    '[object Object]',
  ].join('\n');
  const article = readMarkdown(source, 'foo.md');

  it('lays the article out like the seed, without Markdown marks', () => {
    expect(article.text.startsWith('= Battle of Foo =\n\nInfobox\n- Conflict: Battle of Foo\n- Combatant1: Free Syrian Army · Jabhat al-Nusra\n\nThe Battle of Foo was fought')).toBe(true);
    expect(article.text).toContain("near Ma'an.");
    expect(article.text).toContain('Rebels advanced on 5 March.');
    expect(article.text).not.toMatch(/\*\*|\]\(|<ref>/);
    expectSpansExact(article);
  });

  it('keeps links with their canonical pages', () => {
    const links = article.links.map((l) => [words(article.text, l.span), l.target]);
    expect(links).toContainEqual(['Free Syrian Army', 'Free Syrian Army']);
    expect(links).toContainEqual(["Ma'an", "Ma'an, Syria"]);
    expect(links).toContainEqual(['Jabhat al-Nusra', 'Jabhat al-Nusra']);
  });

  it('gives list items, and marks back matter', () => {
    expect(article.blocks.map((b) => b.kind)).toEqual(['prose', 'prose', 'list', 'back_matter']);
    expect(article.sections.map((s) => [s.title, s.backMatter])).toEqual([
      ['Background', false],
      ['References', true],
    ]);
  });

  it('reads a body infobox table when the front matter has none', () => {
    const table = '---\ntitle: Siege of X\n---\n\n| | |\n|---|---|\n| **conflict** | Siege of X |\n| **combatant1** | [Syrian Army](./Syrian_Army) |\n| **casualties1** | 12 killed |\n\nThe siege began.\n';
    const withTable = readMarkdown(table, 'x.md');
    expect(withTable.infobox?.fields.map((f) => [f.key, f.value])).toEqual([
      ['conflict', 'Siege of X'],
      ['combatant1', 'Syrian Army'],
      ['casualties1', '12 killed'],
    ]);
    expect(withTable.text).not.toContain('| **conflict**');
    expectSpansExact(withTable);
  });

  it('drops an infobox field without a name (found by the property test on a mutated Bosra)', () => {
    const md = '---\ntitle: X\ninfoboxes:\n  - conflict:\n      text: X\n    "":\n      text: stray\n    combatant1:\n      text: Free Syrian Army\n---\n\nText.\n';
    const article = readMarkdown(md, 'x.md');
    expect(article.infobox?.fields.map((f) => f.key)).toEqual(['conflict', 'combatant1']);
    expectSpansExact(article);
  });

  it.each([
    ['unclosed front matter', '---\ntitle: X\n\nBody'],
    ['front matter that is not YAML', '---\ntitle: [unclosed\n---\nBody'],
    ['no title anywhere', '---\nauthor: Wikipedia\n---\nBody text.'],
  ])('refuses %s', (_name, text) => {
    expect(() => readMarkdown(text, 'x.md')).toThrow(AnnalsError);
  });
});
