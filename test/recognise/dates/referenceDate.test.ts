import { describe, expect, it } from 'vitest';
import { referenceDate } from '../../../src/recognise/dates/index.js';
import { day, days, years } from './expected.js';
import { fakeArticle, loadArticle } from './helpers.js';

describe('referenceDate', () => {
  it.each([
    ['Bombardment_of_Gao', day('2013-01-13')],
    ['Battle_of_Bosra_(2015)', days('2015-03-21', '2015-03-25')],
    ['Operation_Serval', days('2013-01-11', '2014-07-15')],
    ['American_Revolutionary_War', days('1775-04-19', '1783-09-03')],
    // No infobox: the first full date of the prose.
    ['2017_Mosul_airstrike', day('2017-03-17')],
  ])('%s', async (name, expected) => {
    expect(referenceDate(await loadArticle(name))).toEqual(expected);
  });

  it.each([
    // The first date of several: "Main combat phase: · 9–17 October 2019 · Post-ceasefire operations: · …".
    ['Main combat phase: · 9–17 October 2019 · Post-ceasefire operations: · 18 October – 25 November 2019', days('2019-10-09', '2019-10-17')],
    ['27 February 2022 – present', day('2022-02-27')],
    ['2014', years(2014)],
    ['1991–1994', years(1991, 1994)],
  ])('takes the infobox date %s', (infoboxDate, expected) => {
    expect(referenceDate(fakeArticle('Nothing dated here.', { infoboxDate }))).toEqual(expected);
  });

  it('falls back to a full date of the prose, skipping months and year-less days', () => {
    const article = fakeArticle('In March 2015 and on 4 April, then on 21 March 2015, the offensive was launched.');
    expect(referenceDate(article)).toEqual(day('2015-03-21'));
  });

  it('is null when nothing gives a full date', () => {
    expect(referenceDate(fakeArticle('In early 2012, rebels launched an offensive.'))).toBeNull();
  });
});
