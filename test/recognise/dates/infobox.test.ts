import { describe, expect, it } from 'vitest';
import { date, day, days, years } from './expected.js';
import { described, infoboxContext, recognise } from './helpers.js';

// Infobox date values as the corpus writes them (sentence: null, infoboxField: 'infobox:Date').
describe('infobox date values', () => {
  it.each([
    ['January 13, 2013', [date('January 13, 2013', day('2013-01-13'))]],
    ['21–25 March 2015', [date('21–25 March 2015', days('2015-03-21', '2015-03-25'))]],
    ['16–31 December 2012', [date('16–31 December 2012', days('2012-12-16', '2012-12-31'))]],
    ['11 January 2013 – 15 July 2014', [date('11 January 2013 – 15 July 2014', days('2013-01-11', '2014-07-15'))]],
    ['April 19, 1775 – September 3, 1783', [date('April 19, 1775 – September 3, 1783', days('1775-04-19', '1783-09-03'))]],
    ['21 – 30 January 2012', [date('21 – 30 January 2012', days('2012-01-21', '2012-01-30'))]],
    ['27 February 2022 – present', [date('27 February 2022', day('2022-02-27'))]],
    ['8 October 2022', [date('8 October 2022', day('2022-10-08'))]],
    ['15 November 2012 – 14 February 2013', [date('15 November 2012 – 14 February 2013', days('2012-11-15', '2013-02-14'))]],
    ['First phase: September 27, 2020 – October 22, 2020 · Second phase: · October 22, 2020 – November 10, 2020', [
      date('September 27, 2020 – October 22, 2020', days('2020-09-27', '2020-10-22')),
      date('October 22, 2020 – November 10, 2020', days('2020-10-22', '2020-11-10')),
    ]],
    ['2014', [date('2014', years(2014))]],
    ['1991–1994', [date('1991–1994', years(1991, 1994))]],
    ['2011 – present', [date('2011', years(2011))]],
  ])('%s', (value, expected) => {
    const context = infoboxContext(value);
    const mentions = recognise(context);
    expect(mentions.map((m) => described(context.article, m))).toEqual(expected);
    expect(mentions.every((m) => m.sentence === null)).toBe(true);
  });
});
