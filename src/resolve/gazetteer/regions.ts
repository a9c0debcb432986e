import { codeAt, textAt } from './_columns.js';
import type { BaseLayer } from './baseLayer.js';

/** An administrative area approximated from the base layer's populated places. */
export interface RegionArea {
  country: string;
  admin1: string;
  /** '' for a first-level area; the admin2 code for a second-level one (a raion, a cercle). */
  admin2: string;
  /** The seat's name ("Kidal" for Kidal Region), or the admin code when the layer knows no seat. */
  name: string;
  /** The mean position of the area's places in cities500: cities500 has no boundaries, so this centroid of
   * towns ≥ 500 people stands in for the area's centre (within ~100 km for Mali's northern regions). */
  lat: number;
  lon: number;
  places: number;
}

const FIRST_SEATS = ['PPLC', 'PPLA'];

const cache = new WeakMap<BaseLayer, Map<string, RegionArea>>();

/** Every first-level (country.admin1) and second-level (country.admin1.admin2) area, built once (~60 ms). */
function areas(base: BaseLayer): Map<string, RegionArea> {
  const found = cache.get(base);
  if (found) return found;
  const { table } = base;
  const sums = new Map<string, { lat: number; lon: number; n: number; seat: string; seatRank: number }>();
  // Towns only: the approximation (and the regions records already hold) stays cities500's; the
  // village layer covers eleven countries, which would make some areas' centres villages' and others' towns'.
  for (let i = 0; i < table.towns; i++) {
    const cc = codeAt(table.country, i);
    const a1 = codeAt(table.admin1, i);
    if (a1 === '' || a1 === '00') continue;
    const code = codeAt(table.feature, i).split('.')[1] ?? '';
    const keys: [string, number][] = [[`${cc}.${a1}`, FIRST_SEATS.indexOf(code)]];
    const a2 = codeAt(table.admin2, i);
    if (a2 !== '') keys.push([`${cc}.${a1}.${a2}`, ['PPLC', 'PPLA', 'PPLA2'].indexOf(code)]);
    for (const [key, rank] of keys) {
      const s = sums.get(key) ?? { lat: 0, lon: 0, n: 0, seat: '', seatRank: 99 };
      s.lat += table.lat[i] ?? 0;
      s.lon += table.lon[i] ?? 0;
      s.n += 1;
      // The capital's group is named after the capital; otherwise after the first-level seat.
      if (rank >= 0 && rank < s.seatRank) Object.assign(s, { seat: textAt(table.names, i), seatRank: rank });
      sums.set(key, s);
    }
  }
  const out = new Map<string, RegionArea>();
  for (const [key, s] of sums) {
    const [country = '', admin1 = '', admin2 = ''] = key.split('.');
    out.set(key, { country, admin1, admin2, name: s.seat || admin1, lat: s.lat / s.n, lon: s.lon / s.n, places: s.n });
  }
  cache.set(base, out);
  return out;
}

/**
 * The first-level area with these codes, or the second-level one when `admin2` is given.
 * @example regionArea(base, 'ML', '10') // { name: 'Kidal', lat: ≈19.1, lon: ≈1.6, places: 4, … }
 */
export function regionArea(base: BaseLayer, country: string, admin1: string, admin2 = ''): RegionArea | null {
  return areas(base).get(admin2 ? `${country}.${admin1}.${admin2}` : `${country}.${admin1}`) ?? null;
}

/**
 * The name a first-level area goes by in records: its seat's name (Gao Region → "Gao"), or the code.
 * @example admin1Name(base, 'ML', '09') === 'Gao'
 */
export function admin1Name(base: BaseLayer, country: string, admin1: string): string | null {
  if (admin1 === '') return null;
  return regionArea(base, country, admin1)?.name ?? admin1;
}
