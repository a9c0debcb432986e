import { describe, expect, it } from 'vitest';
import { checkedPoint } from '../../../src/resolve/gazetteer/articleLayer.js';
import { testConfig } from '../../helpers/config.js';

const gazetteer = testConfig().gazetteer();

describe('infobox coordinates checked against the countries the place field names', () => {
  it.each([
    // Aleppo written with W for E: the flip lands in Syria
    ['a west that should be east', { lat: 36.21667, lon: -37.16667 }, ['SY'], { point: { lat: 36.21667, lon: 37.16667 }, fix: 'flipped' }],
    // Gao at 0.05° W is in Mali as written
    ['a point inside its country', { lat: 16.27167, lon: -0.04472 }, ['ML'], { point: { lat: 16.27167, lon: -0.04472 }, fix: null }],
    // the middle of the Atlantic, whichever way the letters go
    ['a point no flip puts inside', { lat: 30, lon: -40 }, ['SY'], { point: null, fix: 'refused' }],
    ['no country to check against', { lat: 30, lon: -40 }, [], { point: { lat: 30, lon: -40 }, fix: null }],
  ] as const)('%s', (_case, point, countries, expected) => {
    expect(checkedPoint(gazetteer, point, new Set(countries))).toEqual(expected);
  });
});
