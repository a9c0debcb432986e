import { existsSync, readFileSync, statSync } from 'node:fs';
import KDBush from 'kdbush';
import { dataFileSource, decodeDataFile } from './_dataFile.js';
import { keyCount, type KeyIndex } from './_keyIndex.js';
import { baseLayerCandidates, cities500Path } from './paths.js';
import type { PlaceTable } from './_placeTable.js';
import { buildBaseLayer } from './buildBaseLayer.js';

/** What loading the base layer cost, for `npm run bench` and `annals gazetteer info`. */
export interface LoadFigures {
  file: string;
  fileMB: number;
  /** Whether this load had to build the file first (first use after an install). */
  built: boolean;
  loadMs: number;
  /** Growth of the V8 heap plus typed arrays during the load: what the layer retains under `--expose-gc`, else an upper bound that includes parse garbage. */
  memoryMB: number;
  places: number;
  keys: number;
}

/** The base layer: cities500's places, their name keys and a spatial index over them (x = lon, y = lat). */
export interface BaseLayer {
  table: PlaceTable;
  index: KeyIndex;
  spatial: KDBush;
  figures: LoadFigures;
}

let loaded: BaseLayer | null = null;

function readCached(file: string, sourceSize: number, sourceMtime: number): { table: PlaceTable; index: KeyIndex } | null {
  if (!existsSync(file)) return null;
  const json = readFileSync(file, 'utf8');
  const source = dataFileSource(json);
  if (!source || source.size !== sourceSize || source.mtimeMs !== Math.round(sourceMtime)) return null;
  return decodeDataFile(json);
}

/**
 * The base layer, loaded once per process: from the compact file, built from cities500 on first use
 * (about 6 s) when it is missing or stale. Never touches the network.
 * @example loadBaseLayer().figures.loadMs // ≈ 400 on one core
 */
export function loadBaseLayer(): BaseLayer {
  if (loaded) return loaded;
  const started = performance.now();
  const before = process.memoryUsage();
  const sourcePath = cities500Path();
  const stat = statSync(sourcePath);
  const candidates = baseLayerCandidates();
  let file: string | null = null;
  let data = null;
  for (const candidate of candidates) {
    data = readCached(candidate, stat.size, stat.mtimeMs);
    if (data) {
      file = candidate;
      break;
    }
  }
  const built = data === null;
  if (!data) {
    const fresh = buildBaseLayer(sourcePath, candidates);
    data = fresh;
    file = fresh.file;
  }
  const spatial = new KDBush(data.table.count);
  for (let i = 0; i < data.table.count; i++) spatial.add(data.table.lon[i] ?? 0, data.table.lat[i] ?? 0);
  spatial.finish();
  // Under `node --expose-gc` (the bench) the figure is what the layer retains, without the parse garbage.
  (globalThis as { gc?: () => void }).gc?.();
  const after = process.memoryUsage();
  const memory = after.heapUsed + after.arrayBuffers - before.heapUsed - before.arrayBuffers;
  const fileMB = file ? statSync(file).size / 1e6 : 0;
  loaded = {
    ...data,
    spatial,
    figures: { file: file ?? '(in memory: no writable cache folder)', fileMB, built, loadMs: performance.now() - started, memoryMB: memory / 1e6, places: data.table.count, keys: keyCount(data.index) },
  };
  return loaded;
}

/**
 * Load time and memory of the base layer (loading it if needed), for `npm run bench`.
 * @example gazetteerFigures() // { file: '…/node_modules/.cache/annals/gazetteer-v3.json', fileMB: 39.7, loadMs: 420, memoryMB: 150, … }
 */
export function gazetteerFigures(): LoadFigures {
  return loadBaseLayer().figures;
}
