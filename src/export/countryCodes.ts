import { createRequire } from 'node:module';

/** What the exports write about a country: its names and codes in each dataset's terms. */
export interface CountryCodes {
  /** ISO 3166 alpha-2, as the store keeps it. */
  alpha2: string;
  alpha3: string;
  /** ISO 3166 numeric, ACLED's `iso`; null where the standard gives none (Kosovo). */
  numeric: number | null;
  name: string;
  /** ACLED's region ("Western Africa", "Middle East"). */
  acledRegion: string;
  /** UCDP GED's region ("Africa", "Middle East"). */
  ucdpRegion: string;
}

interface WorldCountry {
  cca2: string;
  cca3: string;
  ccn3: string;
  name: { common: string };
  region: string;
  subregion: string;
}

// UN subregions (world-countries) → ACLED's regions where the names differ.
const ACLED_SUBREGION: Record<string, string> = {
  'Western Asia': 'Middle East', 'Central Asia': 'Caucasus and Central Asia', 'Southern Asia': 'South Asia',
  'South-Eastern Asia': 'Southeast Asia', 'Eastern Asia': 'East Asia',
};
// Countries ACLED files apart from their UN subregion.
const ACLED_COUNTRY: Record<string, string> = { AM: 'Caucasus and Central Asia', AZ: 'Caucasus and Central Asia', GE: 'Caucasus and Central Asia', CY: 'Europe', IR: 'Middle East', MX: 'Central America' };
// UCDP's Middle East; the rest of Asia and Oceania are its "Asia".
const UCDP_MIDDLE_EAST = new Set(['BH', 'EG', 'IR', 'IQ', 'IL', 'JO', 'KW', 'LB', 'OM', 'PS', 'QA', 'SA', 'SY', 'TR', 'AE', 'YE']);
const UCDP_EUROPE_IN_ASIA = new Set(['AM', 'AZ', 'GE', 'CY']);

function acledRegion(c: WorldCountry): string {
  const own = ACLED_COUNTRY[c.cca2];
  if (own) return own;
  if (c.region === 'Europe' || c.region === 'Oceania') return c.region;
  if (c.region === 'Antarctic') return 'Antarctica';
  return ACLED_SUBREGION[c.subregion] ?? c.subregion;
}

function ucdpRegion(c: WorldCountry): string {
  if (UCDP_MIDDLE_EAST.has(c.cca2)) return 'Middle East';
  if (UCDP_EUROPE_IN_ASIA.has(c.cca2)) return 'Europe';
  if (c.region === 'Oceania') return 'Asia';
  return c.region === 'Antarctic' ? '' : c.region;
}

let table: Map<string, CountryCodes> | null = null;

/**
 * A country's codes, names and regions from its ISO alpha-2 code (world-countries, ODbL), or null.
 * @example countryCodes('ML') // { alpha2: 'ML', alpha3: 'MLI', numeric: 466, name: 'Mali', acledRegion: 'Western Africa', ucdpRegion: 'Africa' }
 */
export function countryCodes(alpha2: string | null): CountryCodes | null {
  if (!alpha2) return null;
  if (!table) {
    const raw = createRequire(import.meta.url)('world-countries/countries.json') as WorldCountry[];
    table = new Map(raw.map((c) => [c.cca2, {
      alpha2: c.cca2,
      alpha3: c.cca3,
      numeric: /^\d+$/.test(c.ccn3) ? Number(c.ccn3) : null,
      name: c.name.common,
      acledRegion: acledRegion(c),
      ucdpRegion: ucdpRegion(c),
    }]));
  }
  return table.get(alpha2.toUpperCase()) ?? null;
}
