import { describe, expect, it } from 'vitest';
import { fatalityRange } from '../../src/link/index.js';

type Figures = { low: number | null; best: number | null; high: number | null };
const f = (low: number | null, best: number | null, high: number | null): Figures => ({ low, best, high });

describe('fatalityRange', () => {
  it.each<[string, Figures[], Figures]>([
    ['one source keeps its figures', [f(60, 60, null)], f(60, 60, 60)],
    ['two sources: lowest low, highest high, lower median best', [f(60, 60, null), f(12, 12, null)], f(12, 12, 60)],
    ['three sources: the middle best', [f(10, 10, 10), f(50, 70, 100), f(20, 30, 40)], f(10, 30, 100)],
    ['a source with no figure does not count', [f(null, null, null), f(5, 5, 8)], f(5, 5, 8)],
    ['no figure anywhere stays null', [f(null, null, null), f(null, null, null)], f(null, null, null)],
    ['"none" is a figure: 0', [f(0, 0, 0), f(3, 3, 3)], f(0, 0, 3)],
  ])('%s', (_, sources, expected) => {
    expect(fatalityRange(sources)).toEqual(expected);
  });
});
