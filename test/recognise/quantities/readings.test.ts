import { describe, expect, it } from 'vitest';
import type { Count } from '../../../src/model/index.js';
import { fakeContext, quantitiesIn } from './_articles.js';

type Reading = [words: string, where: 'prose' | 'infobox', count: Count, unit: string, head: string];

const exact = (n: number): Count => ({ low: n, best: n, high: n, qualifier: 'exact' });

// The expressions, each alone in a sentence (or an infobox value) with a noun to count:
// the whole input must be one quantity, read as DESIGN.md's fatality wording says.
const READINGS: Reading[] = [
  ['more than 60 soldiers', 'prose', { low: 60, best: 60, high: null, qualifier: 'more_than' }, 'soldiers', 'soldier'],
  ['60–150 soldiers', 'prose', { low: 60, best: 60, high: 150, qualifier: 'range' }, 'soldiers', 'soldier'],
  ['between 60 and 150 soldiers', 'prose', { low: 60, best: 60, high: 150, qualifier: 'range' }, 'soldiers', 'soldier'],
  ['dozens of civilians', 'prose', { low: 12, best: 12, high: null, qualifier: 'vague' }, 'civilians', 'civilian'],
  ['hundreds of civilians', 'prose', { low: 100, best: 100, high: null, qualifier: 'vague' }, 'civilians', 'civilian'],
  // "several" without a number: 3, the least it can mean (DESIGN.md)
  ['several soldiers', 'prose', { low: 3, best: 3, high: null, qualifier: 'vague' }, 'soldiers', 'soldier'],
  ['a number of rebels', 'prose', { low: 3, best: 3, high: null, qualifier: 'vague' }, 'rebels', 'rebel'],
  ['a dozen soldiers', 'prose', { low: 12, best: 12, high: 12, qualifier: 'about' }, 'soldiers', 'soldier'],
  ['at least 137 bodies', 'prose', { low: 137, best: 137, high: null, qualifier: 'at_least' }, 'bodies', 'body'],
  // a ceiling: no floor is stated, and ACLED codes the one figure given
  ['up to 300 civilians', 'prose', { low: null, best: 300, high: 300, qualifier: 'up_to' }, 'civilians', 'civilian'],
  ['about 50 fighters', 'prose', { low: 50, best: 50, high: 50, qualifier: 'about' }, 'fighters', 'fighter'],
  ['around 50 fighters', 'prose', { low: 50, best: 50, high: 50, qualifier: 'about' }, 'fighters', 'fighter'],
  ['some 50 fighters', 'prose', { low: 50, best: 50, high: 50, qualifier: 'about' }, 'fighters', 'fighter'],
  ['approximately 50 fighters', 'prose', { low: 50, best: 50, high: 50, qualifier: 'about' }, 'fighters', 'fighter'],
  ['60+ fighters', 'prose', { low: 60, best: 60, high: null, qualifier: 'more_than' }, 'fighters', 'fighter'],
  ['1,200 soldiers', 'prose', exact(1200), 'soldiers', 'soldier'],
  ['1.5 million people', 'prose', exact(1500000), 'people', 'person'],
  ['one hundred and twenty soldiers', 'prose', exact(120), 'soldiers', 'soldier'],
  ['forty-five fighters', 'prose', exact(45), 'fighters', 'fighter'],
  ['four Rafale fighter jets', 'prose', exact(4), 'Rafale fighter jets', 'jet'],
  ['1,000 copies', 'prose', exact(1000), 'copies', 'copy'],
  ['60+ killed', 'infobox', { low: 60, best: 60, high: null, qualifier: 'more_than' }, 'killed', 'killed'],
  ['21–25 killed', 'infobox', { low: 21, best: 21, high: 25, qualifier: 'range' }, 'killed', 'killed'],
  ['~1,000 fighters', 'infobox', { low: 1000, best: 1000, high: 1000, qualifier: 'about' }, 'fighters', 'fighter'],
  ['132 killed', 'infobox', exact(132), 'killed', 'killed'],
];

describe('readings', () => {
  it.each(READINGS)('%s (%s)', (words, where, count, unit, head) => {
    const found = quantitiesIn(fakeContext(words, where));
    expect(found.map((m) => ({ words: m.span.end - m.span.start, ...m.value }))).toEqual([{ words: words.length, count, unit, head }]);
  });
});

describe('what stays outside the unit', () => {
  it('leaves "killed" after a noun to later stages: the span ends at the noun', () => {
    const context = fakeContext('58 Syrian Army soldiers killed', 'infobox');
    const [mention] = quantitiesIn(context);
    expect(context.article.text.slice(mention?.span.start, mention?.span.end)).toBe('58 Syrian Army soldiers');
    expect(mention?.value).toMatchObject({ unit: 'Syrian Army soldiers', head: 'soldier' });
  });

  it('reads "took over 3 villages" as three villages taken, not more than three', () => {
    const [mention] = quantitiesIn(fakeContext('They also took over 3 villages in the region during the day.'));
    expect(mention?.value.count).toEqual(exact(3));
  });

  it('counts "1,000 copies" with head "copy", for later stages to leave out of casualties', () => {
    const [mention] = quantitiesIn(fakeContext('The group printed 1,000 copies of the statement.'));
    expect(mention?.value).toEqual({ count: exact(1000), unit: 'copies', head: 'copy' });
  });

  it('finds each count of a list once, and none overlapping', () => {
    const context = fakeContext('The strikes lasted a total of forty minutes, and twelve laser-guided bombs and nine air-to-surface missiles were launched.');
    const words = quantitiesIn(context).map((m) => context.article.text.slice(m.span.start, m.span.end));
    expect(words).toEqual(['forty minutes', 'twelve laser-guided bombs', 'nine air-to-surface missiles']);
  });
});
