import { codeAt } from './_columns.js';
import type { BaseLayer } from './baseLayer.js';
import { distanceKm } from './distance.js';

/** How far the nearest place may be: beyond it a point says nothing of the division it lies in. */
const RADIUS_KM = 100;

/**
 * The first-level division (GeoNames code) of a point in a country: that of the nearest base-layer
 * place of the country within 100 km that has one. cities500 has no boundaries, so near a border
 * between two divisions this is the nearest place's, not necessarily the point's.
 * @example admin1At(base, 36.126, 36.888, 'SY') === '09' // Base 46 (Aleppo), placed by its article's coordinates
 */
export function admin1At(base: BaseLayer, lat: number, lon: number, country: string): string | null {
  const { spatial, table } = base;
  const dLat = RADIUS_KM / 111;
  const dLon = dLat / Math.max(0.1, Math.cos((lat * Math.PI) / 180));
  let best: { d: number; code: string } | null = null;
  for (const row of spatial.range(lon - dLon, lat - dLat, lon + dLon, lat + dLat)) {
    const code = codeAt(table.admin1, row);
    if (code === '' || code === '00' || codeAt(table.country, row) !== country) continue;
    const d = distanceKm(lat, lon, table.lat[row] ?? 0, table.lon[row] ?? 0);
    if (d <= RADIUS_KM && (!best || d < best.d)) best = { d, code };
  }
  return best?.code ?? null;
}
