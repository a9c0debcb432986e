import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { AnnalsError } from '../../model/index.js';
import { ShardWriter } from './_shards.js';
import { addImport, readManifest, shardTarget, type ImportRecord } from './_userManifest.js';
import { parseAlternateName, writeName, writePlace } from './_userRows.js';
import { parseGeonamesRow } from './geonamesRow.js';

export type ImportKind = ImportRecord['kind'];

export interface ImportResult {
  file: string;
  kind: ImportKind;
  rows: number;
  skipped: number;
  /** True when the same file (path, size, time) was imported before: nothing was written. */
  alreadyImported: boolean;
}

/** Rows between two progress reports. */
const PROGRESS_EVERY = 500_000;

/** The kind of a GeoNames file, from its first data line; null when it is neither kind. */
function kindOf(line: string): ImportKind | null {
  if (parseGeonamesRow(line)) return 'places';
  if (parseAlternateName(line)) return 'alternateNames';
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
 * alternateNamesV2.txt) into the user layer in `dir`, streaming it line by line: a 1.5 GB file never
 * sits in memory. Throws an `AnnalsError` naming the file when it cannot be read or is not GeoNames.
 * @example await importGeonamesFile('ML.txt', '~/.local/share/annals/gazetteer') // { kind: 'places', rows: 26120, … }
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
  const kind = kindOf(firstLine.replace(/\r$/, ''));
  if (!kind) throw new AnnalsError('malformed', file, 'not a GeoNames file (neither the 19-column places format nor alternateNames)');
  const mtimeMs = Math.round(info.mtimeMs);
  const before = readManifest(dir)?.imports.find((r) => r.file === path && r.size === info.size && r.mtimeMs === mtimeMs);
  if (before) return { file: path, kind: before.kind, rows: before.rows, skipped: before.skipped, alreadyImported: true };
  const { rows, skipped } = await streamRows(path, dir, kind, onProgress);
  addImport(dir, { file: path, size: info.size, mtimeMs, kind, rows, skipped, importedAt: new Date().toISOString() });
  return { file: path, kind, rows, skipped, alreadyImported: false };
}

async function streamRows(path: string, dir: string, kind: ImportKind, onProgress?: (rows: number) => void): Promise<{ rows: number; skipped: number }> {
  const writer = new ShardWriter();
  const target = shardTarget(dir);
  let rows = 0;
  let skipped = 0;
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line === '' || line.startsWith('#')) continue;
    if (kind === 'places') {
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
  return { rows: rows - skipped, skipped };
}
