import { describe, expect, it } from 'vitest';
import { parseCalendar } from '../../../src/recognise/dates/_chrono.js';

// parseCalendar skips a text where no month's name can begin and no year-month-day is written: what
// chrono read before that quick test must still be read, glued forms included (read with the test
// off when it came in), and a month's stem inside a word starts nothing.
// [text, what chrono reads]
const READ: [string, string[]][] = [
  ['21 March 2015', ['21 March 2015']],
  ['On 2015-03-21 the', ['2015-03-21']],
  ['on 2015/3/21', ['2015/3/21']],
  ['fighting inMarch 2015', ['March 2015']],
  ['the 1stMarch 2015', ['1stMarch 2015']],
  ['firstMarch 2015', ['firstMarch 2015']],
  ['2015March', ['2015March']],
  ['éMarch 2015', ['March 2015']],
  ['in mid-March', ['March']],
  ['MARCH 2015', ['MARCH 2015']],
  ['the Sept. 11 attacks', ['Sept. 11']],
  ['Omar decided', []],
  ['Damascus and Idlib', []],
  ['xMarch 2015', []],
];

describe('parseCalendar', () => {
  it.each(READ)('%s', (text, expected) => {
    expect(parseCalendar(text).map((r) => r.text)).toEqual(expected);
  });
});
