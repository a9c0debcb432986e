import { closeSync, existsSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import KDBush from 'kdbush';
import { dataFileHeader, decodeDataFile, HEADER_BYTES, type DataSource } from './_dataFile.js';
import { keyCount, type KeyIndex } from './_keyIndex.js';
import { baseLayerCandidates, cities500Path, villageLayerPath } from './paths.js';
import type { PlaceTable } from './_placeTable.js';
import { buildBaseLayer } from './buildBaseLayer.js';

/** What loading the base layer cost, for `npm run bench` and `annals gazetteer info`. */
export interface LoadFigures {
  file: string;
  fileMB: number;
  /** Whether this load had to build the file first (first use after an install). */
  built: boolean;
  loadMs: number;
  /** The shared buffers (data file and spatial index) plus the growth of the V8 heap during the load
   * (exact under `--expose-gc`, else an upper bound that includes garbage). */
  memoryMB: number;
  places: number;
  /** How many of the places are the village layer's (data/gazetteer/wof-places.tsv.gz). */
  villages: number;
  keys: number;
}

/**
 * The base layer's bytes, which worker threads share instead of each loading its own copy: the data
 * file and the spatial index, both in SharedArrayBuffers (sent to a thread, they are not copied).
 */
export interface BaseLayerShare {
  data: SharedArrayBuffer;
  spatial: SharedArrayBuffer;
  figures: LoadFigures;
}

/** The base layer: cities500's places and the village layer's, their name keys and a spatial index over them (x = lon, y = lat). */
export interface BaseLayer {
  table: PlaceTable;
  index: KeyIndex;
  spatial: KDBush;
  figures: LoadFigures;
  /** What to hand a worker thread so that it reads these same bytes: `loadBaseLayer(share)` there. */
  share: BaseLayerShare;
}

// One per thread: a worker thread given its pool's share reads the same bytes as the others.
let loaded: BaseLayer | null = null;

/** The table part and the spatial index of a data file, each in a SharedArrayBuffer of its own. */
interface SharedParts {
  data: SharedArrayBuffer;
  spatial: SharedArrayBuffer;
}

function readInto(fd: number, buffer: SharedArrayBuffer, position: number): boolean {
  const bytes = new Uint8Array(buffer);
  for (let at = 0; at < bytes.length; ) {
    const read = readSync(fd, bytes, at, bytes.length - at, position + at);
    if (read === 0) return false;
    at += read;
  }
  return true;
}

/** The data file's bytes in SharedArrayBuffers, or null when the file is missing, of another format or stale. */
function readShared(file: string, source: DataSource): SharedParts | null {
  if (!existsSync(file)) return null;
  const fd = openSync(file, 'r');
  try {
    const head = new Uint8Array(HEADER_BYTES);
    const header = dataFileHeader(head.subarray(0, readSync(fd, head, 0, HEADER_BYTES, 0)));
    const villages = header?.source.villages;
    if (!header || header.source.size !== source.size || header.source.mtimeMs !== source.mtimeMs) return null;
    if (villages?.size !== source.villages?.size || villages?.mtimeMs !== source.villages?.mtimeMs) return null;
    const [offset, length] = header.spatial;
    if (fstatSync(fd).size !== offset + length) return null;
    const parts = { data: new SharedArrayBuffer(offset), spatial: new SharedArrayBuffer(length) };
    return readInto(fd, parts.data, 0) && readInto(fd, parts.spatial, offset) ? parts : null;
  } finally {
    closeSync(fd);
  }
}

function sharedCopy(bytes: Uint8Array): SharedArrayBuffer {
  const data = new SharedArrayBuffer(bytes.length);
  new Uint8Array(data).set(bytes);
  return data;
}

/**
 * The base layer, once per thread: in a worker thread given its pool's `share`, views into the
 * pool's shared bytes (nothing read or copied); otherwise read from the compact file, built from
 * cities500 and the committed village layer on first use (about 10 s) when it is missing or stale. Never touches the network.
 * @example loadBaseLayer().figures.loadMs // ≈ 60 on one core
 */
export function loadBaseLayer(share?: BaseLayerShare): BaseLayer {
  if (loaded) return loaded;
  if (share) {
    loaded = { ...decodeDataFile(share.data), spatial: KDBush.from(share.spatial), figures: share.figures, share };
    return loaded;
  }
  const started = performance.now();
  const heapBefore = process.memoryUsage().heapUsed;
  const sourcePath = cities500Path();
  const villagePath = villageLayerPath();
  const stat = statSync(sourcePath);
  const villages = existsSync(villagePath) ? statSync(villagePath) : null;
  const source: DataSource = {
    path: sourcePath, size: stat.size, mtimeMs: Math.round(stat.mtimeMs),
    ...(villages ? { villages: { size: villages.size, mtimeMs: Math.round(villages.mtimeMs) } } : {}),
  };
  let file: string | null = null;
  let parts: SharedParts | null = null;
  for (const candidate of baseLayerCandidates()) {
    parts = readShared(candidate, source);
    if (parts) {
      file = candidate;
      break;
    }
  }
  const built = parts === null;
  if (!parts) {
    const fresh = buildBaseLayer(sourcePath, villagePath, baseLayerCandidates());
    const [offset, length] = dataFileHeader(fresh.data)?.spatial ?? [0, 0];
    parts = { data: sharedCopy(fresh.data.subarray(0, offset)), spatial: sharedCopy(fresh.data.subarray(offset, offset + length)) };
    file = fresh.file;
  }
  const { data } = parts;
  const { table, index } = decodeDataFile(data);
  // built with the file (the same bytes a build here would make), not at each start
  const spatial = KDBush.from(parts.spatial);
  // Under `node --expose-gc` (the bench) the heap figure is what the layer retains, without garbage.
  (globalThis as { gc?: () => void }).gc?.();
  const heap = process.memoryUsage().heapUsed - heapBefore;
  const figures: LoadFigures = {
    file: file ?? '(in memory: no writable cache folder)', fileMB: data.byteLength / 1e6, built, loadMs: performance.now() - started,
    memoryMB: (Math.max(0, heap) + data.byteLength + spatial.data.byteLength) / 1e6, places: table.count, villages: table.count - table.towns, keys: keyCount(index),
  };
  loaded = { table, index, spatial, figures, share: { data, spatial: spatial.data as SharedArrayBuffer, figures } };
  return loaded;
}

/**
 * Forgets this thread's base layer; the next `loadBaseLayer` reads it again (~60 ms). Its memory
 * (~40 MB) goes once nothing else holds it: an ingest releases it when its worker threads are done.
 * @example unloadBaseLayer() // after runPool, before the link step
 */
export function unloadBaseLayer(): void {
  loaded = null;
}

/**
 * Load time and memory of the base layer (loading it if needed), for `npm run bench`.
 * @example gazetteerFigures() // { file: '…/node_modules/.cache/annals/gazetteer-v8.bin', fileMB: 32.1, loadMs: 60, memoryMB: 37, … }
 */
export function gazetteerFigures(): LoadFigures {
  return loadBaseLayer().figures;
}
