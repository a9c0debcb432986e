import { describe, expect, it } from 'vitest';
import { dayMs } from '../../../src/web/dates.js';
import { packLanes } from '../../../src/web/timeline/packLanes.js';
import { timeScale, timeTicks } from '../../../src/web/timeline/timeScale.js';

describe('timeTicks', () => {
  it.each([
    ['2012-01-01', '2013-02-01', 7, ['2012', '2012-03', '2012-05', '2012-07', '2012-09', '2012-11', '2013']],
    ['1700-01-01', '2023-01-01', 8, ['1700', '1750', '1800', '1850', '1900', '1950', '2000']],
    ['2013-01-01', '2013-01-20', 10, ['01-01', '01-03', '01-05', '01-07', '01-09', '01-11', '01-13', '01-15', '01-17', '01-19']],
    ['0070-01-01', '0075-01-01', 6, ['0070', '0071', '0072', '0073', '0074', '0075'].map((y) => String(Number(y)))],
  ])('%s to %s, at most about %i', (from, to, most, labels) => {
    expect(timeTicks(dayMs(from), dayMs(to), most).map((t) => t.label)).toEqual(labels);
  });
});

describe('timeScale', () => {
  it('maps time to pixels and back', () => {
    const scale = timeScale([dayMs('2013-01-01'), dayMs('2014-01-01')], [0, 365]);
    expect(scale.x(dayMs('2013-01-13'))).toBeCloseTo(12);
    expect(scale.ms(12)).toBeCloseTo(dayMs('2013-01-13'));
  });
});

describe('packLanes', () => {
  it.each([
    ['apart', [[0, 10], [20, 30]], [0, 0]],
    ['overlapping', [[0, 10], [5, 8], [20, 30]], [0, 1, 0]],
    ['touching within the gap', [[0, 10], [11, 20]], [0, 1]],
    ['given in any order', [[20, 30], [0, 25]], [1, 0]],
  ] as [string, [number, number][], number[]][])('%s', (_, marks, lanes) => {
    expect(packLanes(marks.map(([x0, x1]) => ({ x0, x1 })), 2)).toEqual(lanes);
  });

  it('puts marks past the last lane in it', () => {
    expect(packLanes([{ x0: 0, x1: 9 }, { x0: 0, x1: 9 }, { x0: 0, x1: 9 }], 1, 2)).toEqual([0, 1, 1]);
  });
});
