import { describe, expect, it } from 'vitest';
import type { GoldValue } from '../../src/eval/index.js';
import { locateAll, overlapLength } from '../../src/eval/_spans.js';
import { dateInside, haversineKm, valueMatches } from '../../src/eval/_values.js';
import type { DateInterval } from '../../src/model/index.js';

const VALUES: [GoldValue, number | null | undefined, boolean][] = [
  [60, 60, true],
  [60, 61, false],
  [[60, 61], 61, true],
  [[60, 61], 62, false],
  [[60, 61], null, false],
  [null, null, true],
  [null, undefined, true],
  [null, 0, false],
  [0, 0, true],
  [0, null, false],
];

const day = (start: string, end = start): DateInterval => ({ start, end, precision: 'day' });
const DATES: [string, DateInterval | null, DateInterval | null, boolean][] = [
  ['the same day', day('2013-01-13'), day('2013-01-13'), true],
  ['the next day', day('2013-01-13'), day('2013-01-14'), false],
  ['a week inside a month', day('2013-01-01', '2013-01-31'), day('2013-01-14', '2013-01-20'), true],
  ['a month around a day', day('2013-01-13'), day('2013-01-01', '2013-01-31'), false],
  ['null where gold is null', null, null, true],
  ['a day where gold is null', null, day('2013-01-13'), false],
  ['null where gold has a day', day('2013-01-13'), null, false],
];

describe('valueMatches', () => {
  it.each(VALUES)('gold %j, predicted %j → %s', (gold, predicted, right) => {
    expect(valueMatches(gold, predicted)).toBe(right);
  });
});

describe('dateInside', () => {
  it.each(DATES)('%s', (_name, gold, predicted, right) => {
    expect(dateInside(gold, predicted)).toBe(right);
  });
});

describe('haversineKm', () => {
  it.each([
    ['Gao to itself', [16.2717, -0.0447, 16.2717, -0.0447], 0, 0.001],
    ['Saint-Dizier to N’Djamena', [48.6383, 4.9497, 12.1067, 15.0444], 4165, 15],
    ['one degree of latitude', [0, 0, 1, 0], 111.2, 0.1],
  ] as [string, [number, number, number, number], number, number][])('%s', (_name, [a, b, c, d], km, within) => {
    expect(Math.abs(haversineKm(a, b, c, d) - km)).toBeLessThan(within);
  });
});

describe('evidence spans', () => {
  it.each([
    ['one quote once', 'Gao was bombed.', ['bombed'], [[8, 14]]],
    ['a quote twice', 'Gao, then Gao.', ['Gao'], [[0, 3], [10, 13]]],
    ['a quote missing', 'Gao was bombed.', ['Kidal'], []],
  ] as [string, string, string[], [number, number][]][])('locateAll: %s', (_name, text, quotes, spans) => {
    expect(locateAll(text, quotes).map((s) => [s.start, s.end])).toEqual(spans);
  });

  it.each([
    ['disjoint', [[0, 5]], [[5, 9]], 0],
    ['nested', [[0, 10]], [[2, 4]], 2],
    ['overlapping predictions count once', [[0, 6], [3, 8]], [[0, 10]], 8],
  ] as [string, [number, number][], [number, number][], number][])('overlapLength: %s', (_name, a, b, length) => {
    const spans = (pairs: [number, number][]) => pairs.map(([start, end]) => ({ start, end }));
    expect(overlapLength(spans(a), spans(b))).toBe(length);
  });
});
