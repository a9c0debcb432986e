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
const SECOND_SEATS = ['PPLC', 'PPLA', 'PPLA2'];

/** One country's areas, keyed "admin1" and "admin1.admin2". */
type CountryAreas = Map<string, RegionArea>;

const cache = new WeakMap<BaseLayer, Map<string, CountryAreas>>();

/** The towns' rows grouped by country code, ascending within each: code c's are `rows[starts[c] .. starts[c + 1])`. */
interface CountryRows {
  rows: Int32Array;
  starts: Int32Array;
}

const rowCache = new WeakMap<BaseLayer, CountryRows>();

// One counting sort over the 16-bit country codes (a few ms), so that each country's areas read
// only its own towns: an article's place names find candidates in dozens of countries.
function countryRows(base: BaseLayer): CountryRows {
  const found = rowCache.get(base);
  if (found) return found;
  const { codes, values } = base.table.country;
  const towns = base.table.towns;
  const starts = new Int32Array(values.length + 1);
  for (let i = 0; i < towns; i++) {
    const c = (codes[i] ?? 0) + 1;
    starts[c] = (starts[c] ?? 0) + 1;
  }
  for (let c = 1; c <= values.length; c++) starts[c] = (starts[c] ?? 0) + (starts[c - 1] ?? 0);
  const next = starts.slice(0, values.length);
  const rows = new Int32Array(towns);
  for (let i = 0; i < towns; i++) {
    const c = codes[i] ?? 0;
    const at = next[c] ?? 0;
    rows[at] = i;
    next[c] = at + 1;
  }
  const out = { rows, starts };
  rowCache.set(base, out);
  return out;
}

interface Sum {
  lat: number;
  lon: number;
  n: number;
  seat: string;
  seatRank: number;
}

// One country at a time, when it is first asked for: an area is made of its own country's towns
// only, and summing all 200k towns up front cost a cold one-article `annals extract` ~0.3 s.
function countryAreas(base: BaseLayer, country: string): CountryAreas {
  let byCountry = cache.get(base);
  if (!byCountry) cache.set(base, (byCountry = new Map()));
  const found = byCountry.get(country);
  if (found) return found;
  const { table } = base;
  const code = table.country.values.indexOf(country);
  const { rows, starts } = countryRows(base);
  const sums = new Map<string, Sum>();
  // Towns only: the approximation (and the regions records already hold) stays cities500's; the
  // village layer covers eleven countries, which would make some areas' centres villages' and others' towns'.
  for (let k = code < 0 ? 0 : (starts[code] ?? 0), end = code < 0 ? 0 : (starts[code + 1] ?? 0); k < end; k++) {
    const i = rows[k] ?? 0;
    const a1 = codeAt(table.admin1, i);
    if (a1 === '' || a1 === '00') continue;
    const feature = codeAt(table.feature, i).split('.')[1] ?? '';
    const keys: [string, number][] = [[a1, FIRST_SEATS.indexOf(feature)]];
    const a2 = codeAt(table.admin2, i);
    if (a2 !== '') keys.push([`${a1}.${a2}`, SECOND_SEATS.indexOf(feature)]);
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
  const out: CountryAreas = new Map();
  for (const [key, s] of sums) {
    const [admin1 = '', admin2 = ''] = key.split('.');
    out.set(key, { country, admin1, admin2, name: s.seat || admin1, lat: s.lat / s.n, lon: s.lon / s.n, places: s.n });
  }
  byCountry.set(country, out);
  return out;
}

/**
 * The first-level area with these codes, or the second-level one when `admin2` is given.
 * @example regionArea(base, 'ML', '10') // { name: 'Kidal', lat: ≈19.1, lon: ≈1.6, places: 4, … }
 */
export function regionArea(base: BaseLayer, country: string, admin1: string, admin2 = ''): RegionArea | null {
  return countryAreas(base, country).get(admin2 ? `${admin1}.${admin2}` : admin1) ?? null;
}

/**
 * The name a first-level area goes by in records: its seat's name (Gao Region → "Gao"), or the code.
 * @example admin1Name(base, 'ML', '09') === 'Gao'
 */
export function admin1Name(base: BaseLayer, country: string, admin1: string): string | null {
  if (admin1 === '') return null;
  return regionArea(base, country, admin1)?.name ?? admin1;
}
