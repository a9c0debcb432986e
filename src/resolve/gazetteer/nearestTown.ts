import { codeAt } from './_columns.js';
import type { BaseLayer } from './baseLayer.js';
import { distanceKm } from './distance.js';

/**
 * The base-layer row nearest a point within `km`, or null: what tells a bare point its country and
 * first-level area (the infobox's coordinates, a wiki page's, a Who's On First row's).
 * @example nearestTown(base, 35.2, 36.7) // the row of a town in Hama Governorate, Syria
 */
export function nearestTown(base: BaseLayer, lat: number, lon: number, km = 150): number | null {
  const { spatial, table } = base;
  const degrees = km / 100;
  let best: { d: number; row: number } | null = null;
  for (const row of spatial.range(lon - degrees, lat - degrees, lon + degrees, lat + degrees)) {
    const d = distanceKm(lat, lon, table.lat[row] ?? 0, table.lon[row] ?? 0);
    if (d <= km && (!best || d < best.d)) best = { d, row };
  }
  return best?.row ?? null;
}

/**
 * The country and first-level area (GeoNames codes) of the nearest base-layer place within 150 km.
 * @example areaAt(base, 14.94, -3.89) // { country: 'ML', admin1: '04' } (Konna, Mopti Region)
 */
export function areaAt(base: BaseLayer, lat: number, lon: number): { country: string; admin1: string } | null {
  const row = nearestTown(base, lat, lon);
  return row === null ? null : { country: codeAt(base.table.country, row), admin1: codeAt(base.table.admin1, row) };
}

/**
 * The country of a point: the country of the nearest base-layer place within 150 km.
 * @example countryAt(base, 16.27, -0.04) === 'ML' // Gao
 */
export function countryAt(base: BaseLayer, lat: number, lon: number): string | null {
  return areaAt(base, lat, lon)?.country ?? null;
}
