import KDBush from 'kdbush';
import { codeAt } from './_columns.js';
import type { BaseLayer } from './baseLayer.js';
import { distanceKm } from './distance.js';

export interface BorderPoint {
  lat: number;
  lon: number;
  /** Half the distance between the two nearest places: how far the point may sit from the line. */
  uncertaintyKm: number;
}

const byCountry = new WeakMap<BaseLayer, Map<string, number[]>>();
const pairs = new Map<string, BorderPoint | null>();

function rowsOf(base: BaseLayer, country: string): number[] {
  let map = byCountry.get(base);
  if (!map) {
    map = new Map();
    // Towns only: eleven countries' villages would pull some borders' points and not others'.
    for (let i = 0; i < base.table.towns; i++) {
      const cc = codeAt(base.table.country, i);
      const list = map.get(cc);
      if (list) list.push(i);
      else map.set(cc, [i]);
    }
    byCountry.set(base, map);
  }
  return map.get(country) ?? [];
}

/**
 * A point on or near the border between two countries, without boundary data: the midpoint of the
 * closest pair of populated places, one in each (cities500). Along a 2,000 km border this is one
 * point of the line, not the point an article means: geo precision 2, never 1.
 * @example borderPoint(base, 'MR', 'ML') // "again near the Mauritanian-Malian border": a point on the Mauritania–Mali line
 */
export function borderPoint(base: BaseLayer, a: string, b: string): BorderPoint | null {
  // The search from one side's places can find another pair than the search from the other's (JO, TR:
  // 373 km apart; TR, JO: 357 km), and the point is remembered for the pair: always searched from the
  // same side, or the first article to ask would choose the point for every later one (issue 17).
  const [from, to] = [a, b].sort() as [string, string];
  const key = `${from}|${to}`;
  if (pairs.has(key)) return pairs.get(key) ?? null;
  const rowsA = rowsOf(base, from);
  const rowsB = rowsOf(base, to);
  let best: { d: number; i: number; j: number } | null = null;
  if (rowsA.length > 0 && rowsB.length > 0) {
    const indexB = new KDBush(rowsB.length);
    for (const j of rowsB) indexB.add(base.table.lon[j] ?? 0, base.table.lat[j] ?? 0);
    indexB.finish();
    // Sparse borders (Algeria–Mali: no town within 3° of the other side) widen the first search box.
    for (const window of [3, 10, 40]) {
      for (const i of rowsA) best = closerPair(base, i, rowsB, indexB, best, window);
      if (best) break;
    }
  }
  const point = best ? midpoint(base, best.i, best.j, best.d) : null;
  pairs.set(key, point);
  return point;
}

/** The nearest place of B to row i, if nearer than `best`; the search box shrinks as `best` improves. */
function closerPair(base: BaseLayer, i: number, rowsB: number[], indexB: KDBush, best: { d: number; i: number; j: number } | null, window: number) {
  const lat = base.table.lat[i] ?? 0;
  const lon = base.table.lon[i] ?? 0;
  // Degrees of latitude that `best` spans; longitude degrees shrink with cos(latitude).
  const dLat = best ? best.d / 111 : window;
  const dLon = dLat / Math.max(0.1, Math.cos((lat * Math.PI) / 180));
  let out = best;
  for (const k of indexB.range(lon - dLon, lat - dLat, lon + dLon, lat + dLat)) {
    const j = rowsB[k] ?? 0;
    const d = distanceKm(lat, lon, base.table.lat[j] ?? 0, base.table.lon[j] ?? 0);
    if (!out || d < out.d) out = { d, i, j };
  }
  return out;
}

function midpoint(base: BaseLayer, i: number, j: number, d: number): BorderPoint {
  const lat = ((base.table.lat[i] ?? 0) + (base.table.lat[j] ?? 0)) / 2;
  const lon = ((base.table.lon[i] ?? 0) + (base.table.lon[j] ?? 0)) / 2;
  return { lat, lon, uncertaintyKm: d / 2 };
}
