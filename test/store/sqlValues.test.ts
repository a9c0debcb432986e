import { describe, expect, it } from 'vitest';
import { sqlDate } from '../../src/store/_sqlValues.js';

describe('sqlDate', () => {
  it.each([
    ['2013-01-13', '2013-01-13'],
    ['2012-02-29', '2012-02-29'],
    ['2013-02-29', null],
    ['0000-01-01', null],
    ['2013-1-13', null],
    [null, null],
  ])('takes %s as %s', (iso, expected) => {
    expect(sqlDate(iso)).toBe(expected);
  });
});
