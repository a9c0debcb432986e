import { describe, expect, it } from 'vitest';
import { fixSignedCompass, formatCoordinates } from '../../src/read/coordinates.js';

describe('fixSignedCompass', () => {
  it.each([
    ['36.12571°N, 36.88793°W', '36.12571°N 36.88793°E'],
    ['16.26667°N, -0.05°W', '16.26667°N 0.05°W'],
    ['-16.26667°N, -0.05°W', '16.26667°S 0.05°W'],
    ['48.595°N, 38°W', '48.595°N 38°E'],
    ['at (36.1°N, 36.9°W) today', 'at (36.1°N 36.9°E) today'],
    ['no coordinates here', 'no coordinates here'],
  ])('%s', (input, expected) => {
    expect(fixSignedCompass(input)).toBe(expected);
  });

  it('formats a point in each hemisphere', () => {
    expect(formatCoordinates(-33.9, 18.4)).toBe('33.9°S 18.4°E');
  });
});
