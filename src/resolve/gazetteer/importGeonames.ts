import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { AnnalsError } from '../../model/index.js';
import { ShardWriter } from './_shards.js';
import { addImport, readManifest, shardTarget, type ImportRecord } from './_userManifest.js';
import { parseAlternateName, writeName, writePlace } from './_userRows.js';
import { loadBaseLayer } from './baseLayer.js';
import { parseGeonamesRow } from './geonamesRow.js';
import { wofPlace, type WofLeftOut } from './_wofPlace.js';
import { parseWofRow, WOF_HEADER } from './wofRow.js';

export type ImportKind = ImportRecord['kind'];
/** GeoNames' own files, or a Who's On First places file (`whosonfirst-data-admin-xx.places.tsv`). */
export type ImportFormat = NonNullable<ImportRecord['format']>;

export interface ImportResult {
  file: string;
  kind: ImportKind;
  format: ImportFormat;
  rows: number;
  skipped: number;
  /** Good rows of a WOF file not imported, by reason (the base layer has them, not a locality, …). */
  leftOut?: Partial<Record<WofLeftOut, number>>;
  /** True when the same file (path, size, time) was imported before: nothing was written. */
  alreadyImported: boolean;
}

/** Rows between two progress reports. */
const PROGRESS_EVERY = 500_000;

/** The kind and format of a file, from its first line past comments; null when it is none of them. */
function kindOf(line: string): { kind: ImportKind; format: ImportFormat } | null {
  if (line === WOF_HEADER || parseWofRow(line)) return { kind: 'places', format: 'wof' };
  if (parseGeonamesRow(line)) return { kind: 'places', format: 'geonames' };
  if (parseAlternateName(line)) return { kind: 'alternateNames', format: 'geonames' };
  return null;
}

async function firstBytes(file: string): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4096), 0, 4096, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * Imports one GeoNames file a user downloaded (allCountries.txt, a country file like ML.txt,
 * alternateNamesV2.txt), or a Who's On First places file (its localities: `wofPlace`), into the user
 * layer in `dir`, streaming it line by line: a 1.5 GB file never sits in memory. Throws an
 * `AnnalsError` naming the file when it cannot be read or is neither.
 * @example await importGeonamesFile('ML.txt', '~/.local/share/annals/gazetteer') // { kind: 'places', format: 'geonames', rows: 26120, … }
 * @example await importGeonamesFile('whosonfirst-data-admin-sd.places.tsv', dir) // { kind: 'places', format: 'wof', leftOut: { 'not a locality': 40, … } }
 */
export async function importGeonamesFile(file: string, dir: string, onProgress?: (rows: number) => void): Promise<ImportResult> {
  const path = resolve(file);
  const info = await stat(path).catch((cause: unknown) => {
    throw new AnnalsError('not_found', file, 'cannot read the file', { cause });
  });
  const head = await firstBytes(path);
  if (head.length === 0) throw new AnnalsError('empty', file, 'the file is empty');
  if (head.subarray(0, 2).toString('latin1') === 'PK') throw new AnnalsError('malformed', file, 'a zip archive: unzip it and import the .txt inside');
  const firstLine = head.toString('utf8').split('\n').find((l) => l.trim() !== '' && !l.startsWith('#')) ?? '';
  const shape = kindOf(firstLine.replace(/\r$/, ''));
  if (!shape) throw new AnnalsError('malformed', file, 'not a GeoNames file (neither the 19-column places format nor alternateNames) nor a Who\'s On First places file');
  const { kind, format } = shape;
  const mtimeMs = Math.round(info.mtimeMs);
  const before = readManifest(dir)?.imports.find((r) => r.file === path && r.size === info.size && r.mtimeMs === mtimeMs);
  if (before) return { file: path, kind: before.kind, format: before.format ?? 'geonames', rows: before.rows, skipped: before.skipped, alreadyImported: true };
  const { rows, skipped, leftOut } = await streamRows(path, dir, shape, onProgress);
  addImport(dir, { file: path, size: info.size, mtimeMs, kind, format, rows, skipped, importedAt: new Date().toISOString() });
  return { file: path, kind, format, rows, skipped, ...(format === 'wof' ? { leftOut } : {}), alreadyImported: false };
}

async function streamRows(path: string, dir: string, { kind, format }: NonNullable<ReturnType<typeof kindOf>>, onProgress?: (rows: number) => void): Promise<{ rows: number; skipped: number; leftOut: Partial<Record<WofLeftOut, number>> }> {
  const writer = new ShardWriter();
  const target = shardTarget(dir);
  let rows = 0;
  let skipped = 0;
  const leftOut: Partial<Record<WofLeftOut, number>> = {};
  const wof = format === 'wof' ? wofContext() : null;
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line === '' || line.startsWith('#') || line === WOF_HEADER) continue;
    if (wof) {
      const row = parseWofRow(line);
      const place = row ? wofPlace(row, wof.base, wof.ids) : null;
      if (typeof place === 'string') {
        leftOut[place] = (leftOut[place] ?? 0) + 1;
        continue;
      }
      if (place) writePlace(writer, target, place);
      else skipped++;
    } else if (kind === 'places') {
      const place = parseGeonamesRow(line);
      if (place) writePlace(writer, target, place);
      else skipped++;
    } else {
      const alt = parseAlternateName(line);
      if (alt?.name) writeName(writer, target, alt.name, alt.geonameId, true);
      else if (!alt) skipped++;
    }
    if (++rows % PROGRESS_EVERY === 0) onProgress?.(rows);
  }
  writer.flush();
  return { rows: rows - skipped, skipped, leftOut };
}

// What a WOF import checks its rows against: the base layer and the GeoNames ids it holds.
function wofContext(): { base: ReturnType<typeof loadBaseLayer>; ids: Set<number> } {
  const base = loadBaseLayer();
  return { base, ids: new Set(base.table.ids) };
}
