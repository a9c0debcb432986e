import type { GeoPlace } from './geonamesRow.js';

/**
 * The base layer's places in columns: typed arrays for numbers and one array per text field, so
 * 200k places cost a few tens of MB instead of one object each.
 */
export interface PlaceTable {
  count: number;
  ids: Int32Array;
  lat: Float32Array;
  lon: Float32Array;
  population: Int32Array;
  names: string[];
  /** '' where the ASCII name equals the name (most rows): keeps the data file small. */
  ascii: string[];
  /** Latin-script alternate names joined by '|'. */
  alts: string[];
  country: string[];
  admin1: string[];
  admin2: string[];
  /** Feature class and code joined by '.': "P.PPLA". */
  feature: string[];
}

/**
 * The place in row `i`, as a plain record.
 * @example placeAt(base.table, row).name === 'Gao' // the row the key "gao" points to
 */
export function placeAt(table: PlaceTable, i: number): GeoPlace {
  const [featureClass = '', featureCode = ''] = (table.feature[i] ?? '').split('.');
  const name = table.names[i] ?? '';
  return {
    geonameId: table.ids[i] ?? 0,
    name,
    asciiName: table.ascii[i] || name,
    altNames: table.alts[i] ? (table.alts[i] ?? '').split('|') : [],
    lat: table.lat[i] ?? 0,
    lon: table.lon[i] ?? 0,
    country: table.country[i] ?? '',
    admin1: table.admin1[i] ?? '',
    admin2: table.admin2[i] ?? '',
    featureClass,
    featureCode,
    population: table.population[i] ?? 0,
  };
}

/**
 * Columns for a list of places, in order.
 * @example tableOf([parseGeonamesRow(gaoLine)!]).names // ['Gao']
 */
export function tableOf(places: readonly GeoPlace[]): PlaceTable {
  const n = places.length;
  const table: PlaceTable = {
    count: n, ids: new Int32Array(n), lat: new Float32Array(n), lon: new Float32Array(n), population: new Int32Array(n),
    names: [], ascii: [], alts: [], country: [], admin1: [], admin2: [], feature: [],
  };
  places.forEach((p, i) => {
    table.ids[i] = p.geonameId;
    table.lat[i] = p.lat;
    table.lon[i] = p.lon;
    table.population[i] = Math.min(p.population, 2 ** 31 - 1);
    table.names.push(p.name);
    table.ascii.push(p.asciiName === p.name ? '' : p.asciiName);
    table.alts.push(p.altNames.filter((a) => !/[|\n]/.test(a)).join('|'));
    table.country.push(p.country);
    table.admin1.push(p.admin1);
    table.admin2.push(p.admin2);
    table.feature.push(`${p.featureClass}.${p.featureCode}`);
  });
  return table;
}
