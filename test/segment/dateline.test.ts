import { describe, expect, it } from 'vitest';
import { readMarkdown } from '../../src/read/index.js';
import { dateline, segment } from '../../src/segment/index.js';

const report = (lead: string) => readMarkdown(`# Missile hits a school\n\n${lead}\n\nA second paragraph.\n`, 'report.md');
const datelineOf = (lead: string): string | null => {
  const article = report(lead);
  const span = dateline(article);
  return span && article.text.slice(span.start, span.end);
};

describe('dateline', () => {
  it.each([
    ['KHARKIV, Ukraine, 12 March 2024 — A Russian missile struck a school.', 'KHARKIV, Ukraine, 12 March 2024 —'],
    ['KYIV, March 12, 2024 (Reuters) - Russian drones hit the capital.', 'KYIV, March 12, 2024 (Reuters) -'],
    ['GAO, Mali, Tuesday 12 March 2024 – French jets struck rebel bases.', 'GAO, Mali, Tuesday 12 March 2024 –'],
    ['KHARKIV, Ukraine (AP) — A Russian missile struck a school.', 'KHARKIV, Ukraine (AP) —'],
    ['NEW YORK (Associated Press) — The council met.', 'NEW YORK (Associated Press) —'],
    ["N'DJAMENA, Chad—Troops left the capital.", "N'DJAMENA, Chad—"],
    ['BEIRUT -- Shelling resumed overnight.', 'BEIRUT --'],
  ])('%s', (lead, expected) => {
    expect(datelineOf(lead)).toBe(expected);
  });

  it.each([
    // encyclopedia leads, and capitals that are no dateline
    'The Bombardment of Gao was a French air operation.',
    'A Russian missile struck a school in Kharkiv.',
    'ISIL, also known as ISIS, captured the town.',
    'NATO forces withdrew — slowly — from the province.',
    'SUNSAT (Stellenbosch UNiversity SATellite) — a satellite built by students.',
    'UNS (ukr.:Ukrainian National Union)— a political party.',
    'KHARKIV, Ukraine, 12 March 2024 —',
  ])('none in %s', (lead) => {
    expect(datelineOf(lead)).toBeNull();
  });

  it('is looked for in the first paragraph only', () => {
    const article = readMarkdown('# Report\n\nThe council met.\n\nKYIV, Ukraine — Shelling resumed.\n', 'report.md');
    expect(dateline(article)).toBeNull();
  });
});

describe('segment with a dateline', () => {
  it('makes the dateline a sentence of its own, apart from the first', () => {
    const article = segment(report('KHARKIV, Ukraine, 12 March 2024 — A Russian missile struck a school in the north of Kharkiv yesterday.'));
    expect(article.sentences.map((s) => article.text.slice(s.span.start, s.span.end))).toEqual([
      'KHARKIV, Ukraine, 12 March 2024 —',
      'A Russian missile struck a school in the north of Kharkiv yesterday.',
      'A second paragraph.',
    ]);
  });
});
