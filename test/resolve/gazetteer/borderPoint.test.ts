import { describe, expect, it } from 'vitest';
import { borderPoint } from '../../../src/resolve/gazetteer/index.js';
import { testConfig } from '../../helpers/config.js';

const { base } = testConfig().gazetteer();

// The point is remembered per pair, so it must not depend on which way round the first article to
// ask named the two (issue 17). Each case is a pair no other case asks, named the other way round
// from the point below, which is the one searched from the first country in alphabetical order.
describe('borderPoint gives one point for a pair, whichever way round it is first asked', () => {
  it.each([
    // "the Jordanian border" in an article about Turkey: from Turkey's side the search found another pair, 357 km apart
    ['TR', 'JO', { lat: 34.655, lon: 37.482, uncertaintyKm: 186.302 }],
    ['TN', 'SY', { lat: 36.336, lon: 23.523, uncertaintyKm: 1111.634 }],
    // from Syria's side a point ~2,300 km from either; from Mauritania's, none
    ['SY', 'MR', null],
  ] as const)('%s, %s', (a, b, expected) => {
    const point = borderPoint(base, a, b);
    if (expected === null) return expect(point).toBeNull();
    expect(point?.lat).toBeCloseTo(expected.lat, 3);
    expect(point?.lon).toBeCloseTo(expected.lon, 3);
    expect(point?.uncertaintyKm).toBeCloseTo(expected.uncertaintyKm, 2);
    expect(borderPoint(base, b, a)).toEqual(point);
  });

  it('neighbours meet near their border, either way round', () => {
    const point = borderPoint(base, 'SY', 'LB');
    expect(point).toEqual(borderPoint(base, 'LB', 'SY'));
    expect(point?.uncertaintyKm).toBeLessThan(10);
  });
});
