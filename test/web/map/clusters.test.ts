import { describe, expect, it } from 'vitest';
import { clusterSize } from '../../../src/web/map/clusterSize.js';
import { mergeOverlaps, type Disc } from '../../../src/web/map/mergeOverlaps.js';

const disc = (item: string, x: number, y: number, count: number, size = count === 1 ? 10 : clusterSize(count)): Disc<string> => ({ x, y, size, count, item });
const overlapping = (discs: { x: number; y: number; size: number; count: number }[]) =>
  discs.some((a, i) => discs.some((b, j) => j > i && (a.count > 1 || b.count > 1) && Math.hypot(a.x - b.x, a.y - b.y) < (a.size + b.size) / 2));

describe('clusterSize', () => {
  it.each([
    [2, 30],
    [9, 30],
    [10, 38],
    [274, 46],
    [1000, 54],
    [12345, 62],
  ])('%i events: %i px', (count, size) => {
    expect(clusterSize(count)).toBe(size);
  });
});

describe('mergeOverlaps', () => {
  it.each([
    ['two clusters apart', [disc('a', 0, 0, 22), disc('b', 60, 0, 14)], [['a'], ['b']]],
    ['two clusters whose rings overlap', [disc('a', 0, 0, 22), disc('b', 30, 0, 14)], [['a', 'b']]],
    ['a lone event under a cluster', [disc('a', 0, 0, 5), disc('v1', 10, 10, 1)], [['a', 'v1']]],
    ['two lone events at one place', [disc('v1', 0, 0, 1), disc('v2', 0, 0, 1)], [['v1'], ['v2']]],
    ['a merge that grows into a third', [disc('a', 0, 0, 9), disc('b', 31, 0, 9), disc('c', 50, 0, 90)], [['a', 'b', 'c']]],
  ])('%s', (_, discs, groups) => {
    const merged = mergeOverlaps(discs, clusterSize);
    expect(merged.map((m) => m.items)).toEqual(groups);
    expect(overlapping(merged)).toBe(false);
  });

  it('puts a merged cluster at the centre of its events, sized for their count', () => {
    const [merged] = mergeOverlaps([disc('a', 0, 0, 22), disc('b', 20, 5, 14)], clusterSize);
    expect(merged).toMatchObject({ count: 36, size: clusterSize(36) });
    expect(merged?.x).toBeCloseTo((20 * 14) / 36);
    expect(merged?.y).toBeCloseTo((5 * 14) / 36);
  });

  it('leaves no cluster overlapping anything among 300 crowded at random', () => {
    let seed = 19;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const discs = Array.from({ length: 300 }, (_, i) => disc(`d${i}`, random() * 400, random() * 300, 1 + Math.floor(random() ** 3 * 400)));
    const merged = mergeOverlaps(discs, clusterSize);
    expect(overlapping(merged)).toBe(false);
    expect(merged.reduce((n, m) => n + m.count, 0)).toBe(discs.reduce((n, d) => n + d.count, 0));
  });
});
