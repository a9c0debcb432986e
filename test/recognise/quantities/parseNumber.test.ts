import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../../src/recognise/quantities/index.js';

// [written, value, approximate]
const NUMBERS: [string, number, boolean][] = [
  ['sixty', 60, false],
  ['twelve', 12, false],
  ['forty-five', 45, false],
  ['twenty one', 21, false],
  ['one hundred and twenty', 120, false],
  ['a hundred', 100, false],
  ['one-hundred', 100, false],
  ['four hundred', 400, false],
  ['two thousand five hundred', 2500, false],
  ['1,200', 1200, false],
  ['300,000', 300000, false],
  ['1.5 million', 1500000, false],
  ['3.6 million', 3600000, false],
  ['60', 60, false],
  ['a dozen', 12, true],
  ['half a dozen', 6, true],
  ['two dozen', 24, true],
];

describe('parseNumber', () => {
  it.each(NUMBERS)('%s', (written, value, approximate) => {
    expect(parseNumber(written)).toEqual({ value, approximate });
  });

  it.each(['a', 'dozens', 'first', 'twelve soldiers', '', '1'.repeat(40)])('%s is not one number', (written) => {
    expect(parseNumber(written)).toBeNull();
  });
});
