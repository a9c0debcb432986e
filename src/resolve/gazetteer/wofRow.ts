/** One row of a Who's On First places file (`whosonfirst-data-admin-xx.places.tsv`, 11 columns). */
export interface WofRow {
  wofId: number;
  name: string;
  /** locality, county, region, localadmin, neighbourhood, country. */
  placetype: string;
  lat: number;
  lon: number;
  /** ISO 3166-1 alpha-2, as WOF files it (the Mali file also holds Malta's towns under "ML"). */
  country: string;
  /** null when WOF gives none (about 2% of localities). */
  geonamesId: number | null;
  current: boolean;
  /** Every WOF `name:*` value: Latin, Arabic, Cyrillic… */
  altNames: string[];
}

/** The header line that heads a WOF places file. */
export const WOF_HEADER = 'wof_id\tname\tplacetype\tlatitude\tlongitude\tcountry\tparent_id\tgeonames_id\twikidata_id\tis_current\talt_names';

/**
 * Parses one row of a WOF places file: wof_id, name, placetype, latitude, longitude, country,
 * parent_id, geonames_id, wikidata_id, is_current, alt_names (`|`). Null for the header, comments and
 * anything else (a bad number, a point off the globe).
 * @example parseWofRow('421196279\tKonna\tlocality\t14.94329\t-3.89474\tML\t421180081\t2454857\tQ1764720\t1\tKona|Кона')?.geonamesId === 2454857
 */
export function parseWofRow(line: string): WofRow | null {
  const f = line.split('\t');
  if (f.length !== 11 || !/^\d+$/.test(f[0] ?? '')) return null;
  const [wofId = '', name = '', placetype = '', lat = '', lon = '', country = '', , geonamesId = '', , current = '', alts = ''] = f;
  const [y, x] = [Number(lat), Number(lon)];
  if (name === '' || lat === '' || lon === '' || !(Math.abs(y) <= 90 && Math.abs(x) <= 180) || !/^[A-Z]{2}$/.test(country)) return null;
  return {
    wofId: Number(wofId), name, placetype, lat: y, lon: x, country,
    geonamesId: /^\d+$/.test(geonamesId) && Number(geonamesId) > 0 ? Number(geonamesId) : null,
    current: current !== '0', altNames: alts === '' ? [] : alts.split('|'),
  };
}
