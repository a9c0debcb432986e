import { describe, expect, it } from 'vitest';
import { countsAgree, countsOverlap, showCount } from '../../src/check/_counts.js';
import type { Count } from '../../src/model/index.js';

const exact = (n: number): Count => ({ low: n, best: n, high: n, qualifier: 'exact' });
const moreThan = (n: number): Count => ({ low: n, best: n, high: null, qualifier: 'more_than' });
const atLeast = (n: number): Count => ({ low: n, best: n, high: null, qualifier: 'at_least' });
const range = (low: number, high: number): Count => ({ low, best: low, high, qualifier: 'range' });
const about = (n: number): Count => ({ low: n, best: n, high: n, qualifier: 'about' });
const upTo = (n: number): Count => ({ low: null, best: n, high: n, qualifier: 'up_to' });
const vague = (n: number): Count => ({ low: n, best: n, high: null, qualifier: 'vague' });

// [infobox, prose, agree?, can both be true?]
const PAIRS: [string, Count, Count, boolean, boolean][] = [
  ['60+ / more than sixty', moreThan(60), moreThan(60), true, true],
  ['60+ / sixty', moreThan(60), exact(60), true, true],
  ['60+ / 600', moreThan(60), exact(600), false, true],
  ['at least 137 / 137', atLeast(137), exact(137), true, true],
  ['21–25 / 23', range(21, 25), exact(23), true, true],
  ['21–25 / 26', range(21, 25), exact(26), false, false],
  ['50 / 12', exact(50), exact(12), false, false],
  ['about 50 / 48', about(50), exact(48), true, true],
  ['about 50 / 40', about(50), exact(40), false, false],
  ['90–200 / up to 300', range(90, 200), upTo(300), false, false],
  ['276+ / up to 276', moreThan(276), upTo(276), true, true],
  ['60 / dozens', exact(60), vague(12), false, true],
  ['None / none', exact(0), exact(0), true, true],
];

describe('comparing counts', () => {
  it.each(PAIRS)('%s', (_name, infobox, prose, agree, overlap) => {
    expect(countsAgree(infobox, prose)).toBe(agree);
    expect(countsOverlap(infobox, prose)).toBe(overlap);
  });

  it.each([
    [moreThan(60), 'more than 60'],
    [range(21, 25), '21–25'],
    [about(50), 'about 50'],
    [upTo(300), 'up to 300'],
    [exact(0), '0'],
  ] as const)('shows %o as "%s"', (count, shown) => {
    expect(showCount(count)).toBe(shown);
  });
});
