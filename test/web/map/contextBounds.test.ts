import { describe, expect, it } from 'vitest';
import { CONTEXT_DEGREES, contextBounds } from '../../../src/web/map/contextBounds.js';

describe('contextBounds', () => {
  it.each([
    ['Mosul alone', [[36.34, 43.13]], [[31.34, 38.13], [41.34, 48.13]]],
    ['Raqqa and Tabqa, 50 km apart', [[35.95, 39.01], [35.84, 38.55]], [[30.895, 33.78], [40.895, 43.78]]],
    ['Aleppo to Basra: wider than a country east to west, a tenth more each side', [[36.2, 37.16], [30.5, 47.78]], [[28.35, 36.098], [38.35, 48.842]]],
    ['near the pole: cut at 85°', [[83, 10]], [[78, 5], [85, 15]]],
  ] as [string, [number, number][], [[number, number], [number, number]]][])('%s', (_, points, bounds) => {
    const [[south, west], [north, east]] = contextBounds(points);
    expect([[south, west], [north, east]].flat().map((d) => Number(d.toFixed(3)))).toEqual(bounds.flat());
  });

  it('is never less than CONTEXT_DEGREES across, whatever the spread below it', () => {
    for (const spread of [0, 0.01, 1, 5, CONTEXT_DEGREES / 1.2]) {
      const [[south, west], [north, east]] = contextBounds([[30, 40], [30 + spread, 40 + spread]]);
      expect(north - south).toBeCloseTo(CONTEXT_DEGREES);
      expect(east - west).toBeCloseTo(CONTEXT_DEGREES);
    }
  });
});
