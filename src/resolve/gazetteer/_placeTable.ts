import { codeAt, codeColumn, textAt, textColumn, type CodeColumn, type TextColumn } from './_columns.js';
import type { GeoPlace } from './geonamesRow.js';

/**
 * The base layer's places in columns: typed arrays for numbers, UTF-8 buffers for names and 16-bit
 * codes for codes, so 200k places cost ~15 MB in all, and no JS object or string per place. Loaded
 * from the data file, every column is a view into one SharedArrayBuffer that a pool's worker threads share.
 */
export interface PlaceTable {
  count: number;
  /** Rows `0 .. towns` are cities500's towns; the rest are the village layer's (population unknown). */
  towns: number;
  ids: Int32Array;
  lat: Float32Array;
  lon: Float32Array;
  population: Int32Array;
  names: TextColumn;
  /** '' where the ASCII name equals the name (most rows). */
  ascii: TextColumn;
  /** Latin-script alternate names joined by '|'. */
  alts: TextColumn;
  country: CodeColumn;
  admin1: CodeColumn;
  admin2: CodeColumn;
  /** Feature class and code joined by '.': "P.PPLA". */
  feature: CodeColumn;
}

/**
 * The place in row `i`, as a plain record.
 * @example placeAt(base.table, row).name === 'Gao' // the row the key "gao" points to
 */
export function placeAt(table: PlaceTable, i: number): GeoPlace {
  const [featureClass = '', featureCode = ''] = codeAt(table.feature, i).split('.');
  const name = textAt(table.names, i);
  const alts = textAt(table.alts, i);
  return {
    geonameId: table.ids[i] ?? 0,
    name,
    asciiName: textAt(table.ascii, i) || name,
    altNames: alts ? alts.split('|') : [],
    lat: table.lat[i] ?? 0,
    lon: table.lon[i] ?? 0,
    country: codeAt(table.country, i),
    admin1: codeAt(table.admin1, i),
    admin2: codeAt(table.admin2, i),
    featureClass,
    featureCode,
    population: table.population[i] ?? 0,
  };
}

/**
 * Whether row `i` is a village layer's row (WOF locality or admin area), not a cities500 town.
 * @example isVillageRow(base.table, konnaRow) === true
 */
export function isVillageRow(table: PlaceTable, i: number): boolean {
  return i >= table.towns;
}

/**
 * Columns for a list of places, in order; the first `towns` are towns (all of them by default).
 * @example textAt(tableOf([parseGeonamesRow(gaoLine)!]).names, 0) === 'Gao'
 */
export function tableOf(places: readonly GeoPlace[], towns = places.length): PlaceTable {
  const column = <T>(pick: (p: GeoPlace) => T): T[] => places.map(pick);
  return {
    count: places.length,
    towns,
    ids: Int32Array.from(places, (p) => p.geonameId),
    lat: Float32Array.from(places, (p) => p.lat),
    lon: Float32Array.from(places, (p) => p.lon),
    population: Int32Array.from(places, (p) => Math.min(p.population, 2 ** 31 - 1)),
    names: textColumn(column((p) => p.name)),
    ascii: textColumn(column((p) => (p.asciiName === p.name ? '' : p.asciiName))),
    alts: textColumn(column((p) => p.altNames.filter((a) => !/[|\n]/.test(a)).join('|'))),
    country: codeColumn(column((p) => p.country)),
    admin1: codeColumn(column((p) => p.admin1)),
    admin2: codeColumn(column((p) => p.admin2)),
    feature: codeColumn(column((p) => `${p.featureClass}.${p.featureCode}`)),
  };
}
