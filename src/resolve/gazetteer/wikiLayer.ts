import { textAt, textColumn, type TextColumn } from './_columns.js';

/**
 * The wiki layer: the points pages of ingested dumps give for themselves, by page title, so that a
 * wikilink ("[[Konna]]", "[[Kafr Nabudah|Kafr Nabouda]]") places its words exactly. Built from the
 * store's rows into one SharedArrayBuffer, which the pool's threads read without copying.
 */
export interface WikiLayer {
  count: number;
  /** `pageKey`s of the titles, sorted as JS sorts strings. */
  keys: TextColumn;
  lat: Float64Array;
  lon: Float64Array;
  /** The bytes, for a worker thread: `loadWikiLayer(share)` there. */
  share: SharedArrayBuffer;
}

/**
 * A page title as MediaWiki compares them: underscores are spaces, the first letter is a capital, a
 * `#section` names the same page.
 * @example pageKey('kafr_Nabudah#Syrian civil war') === 'Kafr Nabudah'
 */
export function pageKey(title: string): string {
  const bare = title.replace(/#.*$/s, '').replace(/[_\s]+/g, ' ').trim();
  return bare.charAt(0).toUpperCase() + bare.slice(1);
}

const align = (n: number): number => Math.ceil(n / 8) * 8;

// [count u32][key bytes u32] then, each at an 8-byte boundary: starts (i32 × count + 1), lat, lon (f64 × count), key bytes.
function offsets(count: number): { starts: number; lat: number; lon: number; bytes: number } {
  const starts = 8;
  const lat = align(starts + 4 * (count + 1));
  const lon = lat + 8 * count;
  return { starts, lat, lon, bytes: lon + 8 * count };
}

/**
 * The bytes of a wiki layer over `places` (the first of two titles with one key stands).
 * @example wikiLayerOf(buildWikiLayer([{ title: 'Konna', lat: 14.94, lon: -3.89 }])).count === 1
 */
export function buildWikiLayer(places: readonly { title: string; lat: number; lon: number }[]): SharedArrayBuffer {
  const byKey = new Map<string, { lat: number; lon: number }>();
  for (const p of places) if (!byKey.has(pageKey(p.title))) byKey.set(pageKey(p.title), p);
  const keys = [...byKey.keys()].sort();
  const text = textColumn(keys);
  const at = offsets(keys.length);
  const share = new SharedArrayBuffer(at.bytes + text.bytes.length);
  new Uint32Array(share, 0, 2).set([keys.length, text.bytes.length]);
  new Int32Array(share, at.starts, keys.length + 1).set(text.starts);
  new Float64Array(share, at.lat, keys.length).set(keys.map((k) => byKey.get(k)?.lat ?? 0));
  new Float64Array(share, at.lon, keys.length).set(keys.map((k) => byKey.get(k)?.lon ?? 0));
  new Uint8Array(share, at.bytes).set(text.bytes);
  return share;
}

/**
 * A wiki layer as views into its bytes (nothing copied).
 * @example wikiLayerOf(share).lat[0] // 14.94
 */
export function wikiLayerOf(share: SharedArrayBuffer): WikiLayer {
  const [count = 0, length = 0] = new Uint32Array(share, 0, 2);
  const at = offsets(count);
  return {
    count,
    keys: { bytes: Buffer.from(share, at.bytes, length), starts: new Int32Array(share, at.starts, count + 1) },
    lat: new Float64Array(share, at.lat, count),
    lon: new Float64Array(share, at.lon, count),
    share,
  };
}

/**
 * The point a page gives for itself, by its title or a wikilink's target; null when the layer lacks it.
 * @example wikiPoint(layer, 'konna') // { lat: 14.94, lon: -3.89 }
 */
export function wikiPoint(layer: WikiLayer, title: string): { lat: number; lon: number } | null {
  const key = pageKey(title);
  let [lo, hi] = [0, layer.count - 1];
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const k = textAt(layer.keys, mid);
    if (k === key) return { lat: layer.lat[mid] ?? 0, lon: layer.lon[mid] ?? 0 };
    if (k < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return null;
}

// One per thread, as the base layer: an ingest's threads are handed the pool's bytes.
let loaded: WikiLayer | null = null;

/**
 * Sets this thread's wiki layer (null: none), which gazetteers opened afterwards include.
 * @example loadWikiLayer(buildWikiLayer(await store.wikiPlaces()))
 */
export function loadWikiLayer(share: SharedArrayBuffer | null): WikiLayer | null {
  loaded = share ? wikiLayerOf(share) : null;
  return loaded;
}

/**
 * This thread's wiki layer, or null when none was loaded (`annals extract`, which has no store).
 * @example currentWikiLayer()?.count // 2 after an ingest of a dump with two placed pages
 */
export function currentWikiLayer(): WikiLayer | null {
  return loaded;
}
