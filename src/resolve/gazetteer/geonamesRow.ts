/** One GeoNames place, as the gazetteer keeps it (from cities500, allCountries or a country file). */
export interface GeoPlace {
  geonameId: number;
  name: string;
  asciiName: string;
  /** Latin-script alternate names only: matching is done on Latin spellings. */
  altNames: string[];
  lat: number;
  lon: number;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** GeoNames admin1 and admin2 codes ("09" is Gao Region in Mali). */
  admin1: string;
  admin2: string;
  /** GeoNames feature class and code: `P` + `PPLA` is a first-level seat. */
  featureClass: string;
  featureCode: string;
  population: number;
}

const LATIN = /^[\p{Script=Latin}\p{M}\p{N}\s\p{P}\p{S}]+$/u;
const HAS_LETTER = /\p{Script=Latin}/u;

/**
 * Whether a name is written in Latin script (with at least one Latin letter).
 * @example isLatinName('Tombouctou') === true && isLatinName('Менака') === false
 */
export function isLatinName(name: string): boolean {
  return LATIN.test(name) && HAS_LETTER.test(name);
}

/**
 * Parses one line of a GeoNames dump (the 19 tab-separated columns of allCountries.txt, ML.txt,
 * cities500.txt); null for anything else, so a caller can count and report bad lines.
 * @example parseGeonamesRow('2457163\tGao\tGao\tGao,Gao Gao\t16.27167\t-0.04472\tP\tPPLA\tML\t\t09\t\t\t\t87000\t\t262\tAfrica/Bamako\t2019-03-08')?.name === 'Gao'
 */
export function parseGeonamesRow(line: string): GeoPlace | null {
  const f = line.split('\t');
  if (f.length < 15) return null;
  const geonameId = Number(f[0]);
  const lat = Number(f[4]);
  const lon = Number(f[5]);
  const name = f[1] ?? '';
  if (!Number.isInteger(geonameId) || geonameId <= 0 || name === '' || f[4] === '' || f[5] === '') return null;
  if (!(Math.abs(lat) <= 90 && Math.abs(lon) <= 180)) return null;
  return {
    geonameId,
    name,
    asciiName: f[2] || name,
    altNames: (f[3] ?? '').split(',').filter((a) => a !== '' && isLatinName(a)),
    lat,
    lon,
    featureClass: f[6] ?? '',
    featureCode: f[7] ?? '',
    country: f[8] ?? '',
    admin1: f[10] ?? '',
    admin2: f[11] ?? '',
    population: Number(f[14]) || 0,
  };
}
