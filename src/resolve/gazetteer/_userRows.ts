import { foldedKeys } from './_keyIndex.js';
import { isLatinName, type GeoPlace } from './geonamesRow.js';
import { nameSkeleton } from './nameSkeleton.js';
import { nameShardPath, placeShardPath, type ShardTarget, type ShardWriter } from './_shards.js';

/**
 * A place back in the 19-column GeoNames layout (Latin alternate names only), as the place shards keep it.
 * @example formatGeonamesRow(konna) // '90000001\tKonna\tKonna\tKona,Konna\t14.95\t-3.8833\tP\tPPL\tML\t\t04\t…'
 */
export function formatGeonamesRow(p: GeoPlace): string {
  const alts = p.altNames.filter((a) => !/[,\t\n]/.test(a)).join(',');
  return [p.geonameId, p.name, p.asciiName, alts, p.lat, p.lon, p.featureClass, p.featureCode, p.country, '', p.admin1, p.admin2, '', '', p.population, '', '', '', ''].join('\t');
}

/**
 * Writes the name lines (`key \t geonameId \t tier`) of one name: its folded keys and its skeleton.
 * @example writeName(writer, target, 'Konna', 90000001, false) // "konna\t90000001\t0", "kuna\t90000001\t2"
 */
export function writeName(writer: ShardWriter, target: ShardTarget, name: string, geonameId: number, alt: boolean): void {
  const keys = foldedKeys(name);
  const skeleton = nameSkeleton(keys[0] ?? '');
  if (skeleton === '') return;
  const path = nameShardPath(target, skeleton);
  for (const key of keys) writer.add(path, `${key}\t${geonameId}\t${alt ? 1 : 0}`);
  writer.add(path, `${skeleton}\t${geonameId}\t${alt ? 3 : 2}`);
}

/**
 * Writes a place row and all its names.
 * @example writePlace(writer, target, parseGeonamesRow('90000001\tKonna\tKonna\tKona,Konna\t14.95\t-3.8833\tP\tPPL\tML\t\t04…')!)
 */
export function writePlace(writer: ShardWriter, target: ShardTarget, p: GeoPlace): void {
  writer.add(placeShardPath(target, p.geonameId), formatGeonamesRow(p));
  for (const name of new Set([p.name, p.asciiName])) writeName(writer, target, name, p.geonameId, false);
  for (const alt of new Set(p.altNames)) writeName(writer, target, alt, p.geonameId, true);
}

// alternateNamesV2 rows that are not names: links, postcodes, airport and UN/LOCODE codes, Wikidata ids.
const NOT_NAMES = new Set(['link', 'wkdt', 'post', 'iata', 'icao', 'faac', 'unlc', 'tcid', 'abbr', 'phon', 'fr_1793']);

/**
 * Parses one alternateNames(V2) row: `id \t geonameid \t isolanguage \t name \t …`. `name` is null
 * for rows kept out of matching (codes, links, non-Latin script); the result is null for a line that
 * is not such a row.
 * @example parseAlternateName('1\t2457163\tfr\tGao\t1\t\t\t\t\t') // { geonameId: 2457163, name: 'Gao' }
 */
export function parseAlternateName(line: string): { geonameId: number; name: string | null } | null {
  const f = line.split('\t');
  if (f.length < 4 || f.length > 10 || !/^\d+$/.test(f[0] ?? '') || !/^\d+$/.test(f[1] ?? '')) return null;
  const name = f[3] ?? '';
  const kept = !NOT_NAMES.has(f[2] ?? '') && name !== '' && isLatinName(name);
  return { geonameId: Number(f[1]), name: kept ? name : null };
}
