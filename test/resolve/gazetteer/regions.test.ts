import { describe, expect, it } from 'vitest';
import { admin1Name, borderPoint, distanceKm, loadBaseLayer, regionArea, regionName } from '../../../src/resolve/gazetteer/index.js';

const base = loadBaseLayer();

describe('regionName', () => {
  it.each([
    ['Kidal Region', 'Kidal', 1],
    ['Idlib Governorate', 'Idlib', 1],
    ['Donetsk Oblast', 'Donetsk', 1],
    ['Mykolaiv oblasts', 'Mykolaiv', 1],
    ['Governorate of Idlib', 'Idlib', 1],
    ['Nadvirna Raion', 'Nadvirna', 2],
    ['Tartar District', 'Tartar', 2],
    ['Bandiagara Cercle', 'Bandiagara', 2],
  ] as const)('%s → seat %s, level %d', (text, seat, level) => {
    expect(regionName(text)).toMatchObject({ seat, level });
  });

  it.each(['Gao', 'the region', 'Region', 'northern region'])('%s is no region name', (text) => {
    expect(regionName(text)).toBeNull();
  });
});

describe('regionArea', () => {
  it("places Kidal Region at its towns' centroid, within 350 km of Kidal (the gold tolerance)", () => {
    const kidal = regionArea(base, 'ML', '10');
    expect(kidal?.name).toBe('Kidal');
    expect(distanceKm(kidal?.lat ?? 0, kidal?.lon ?? 0, 18.4411, 1.4078)).toBeLessThan(350);
  });

  it.each([
    ['ML', '09', 'Gao'],
    ['SY', '09', 'Aleppo'],
    ['UA', '08', 'Kherson'],
  ])('%s admin1 %s is named after its seat, %s', (country, admin1, name) => {
    expect(admin1Name(base, country, admin1)).toBe(name);
  });
});

describe('borderPoint', () => {
  it.each([
    ['MR', 'ML', [14.5, -12.5, 25.1, -4.5]],
    ['SY', 'TR', [35.8, 35.5, 37.6, 42.5]],
    ['RU', 'UA', [44.0, 31.5, 52.5, 40.5]],
    ['DZ', 'ML', [18.9, -6.0, 25.1, 4.4]],
  ] as const)('%s–%s lies in the border zone', (a, b, [minLat, minLon, maxLat, maxLon]) => {
    const p = borderPoint(base, a, b);
    expect(p?.lat).toBeGreaterThanOrEqual(minLat);
    expect(p?.lat).toBeLessThanOrEqual(maxLat);
    expect(p?.lon).toBeGreaterThanOrEqual(minLon);
    expect(p?.lon).toBeLessThanOrEqual(maxLon);
  });

  it('is symmetric and null for a country without places', () => {
    expect(borderPoint(base, 'ML', 'MR')).toEqual(borderPoint(base, 'MR', 'ML'));
    expect(borderPoint(base, 'ML', 'XX')).toBeNull();
  });
});
