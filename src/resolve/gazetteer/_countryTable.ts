import { createRequire } from 'node:module';
import { foldName } from './foldName.js';

/** A country as the gazetteer keeps it (from world-countries, ODbL). */
export interface CountryRecord {
  code: string;
  code3: string;
  name: string;
  officialName: string;
  altSpellings: string[];
  demonyms: string[];
  lat: number;
  lon: number;
  /** km²: the larger of two countries sharing a demonym ("French": France, not the French Southern Lands) wins. */
  area: number;
  /** alpha-2 codes of the countries it borders. */
  borders: string[];
}

interface WorldCountry {
  cca2: string;
  cca3: string;
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: { eng?: { m: string; f: string } };
  latlng: [number, number];
  area: number;
  borders: string[];
}

// English names in common use that world-countries does not list (it prefers "Türkiye", "Czechia").
// "US" and "UK" are kept although two-letter codes are dropped: prose writes them as names ("US forces").
const EXTRA_NAMES: Record<string, string[]> = { TR: ['Turkey'], GB: ['Britain', 'UK', 'U.K.'], US: ['America', 'US', 'U.S.'], CV: ['Cabo Verde'] };
const EXTRA_DEMONYMS: Record<string, string[]> = { SA: ['Saudi'], GB: ['English', 'Scottish', 'Welsh'] };

let table: { countries: CountryRecord[]; byName: Map<string, CountryRecord>; byDemonym: Map<string, CountryRecord> } | null = null;

/**
 * The 250 countries, compacted once from world-countries' JSON (about 10 ms) and indexed by folded name.
 * @example countryTable().byDemonym.get('algerian')?.code === 'DZ' // "to avoid Algerian airspace"
 */
export function countryTable(): NonNullable<typeof table> {
  if (table) return table;
  const raw = createRequire(import.meta.url)('world-countries/countries.json') as WorldCountry[];
  const code2 = new Map(raw.map((c) => [c.cca3, c.cca2]));
  const countries = raw.map((c): CountryRecord => ({
    code: c.cca2,
    code3: c.cca3,
    name: c.name.common,
    officialName: c.name.official,
    // Bare two-letter codes are dropped: "IS" (Iceland) and "IT" (Italy) are words in prose.
    altSpellings: [...c.altSpellings.filter((s) => s !== c.cca2), ...(EXTRA_NAMES[c.cca2] ?? [])],
    demonyms: [...new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f, ...(EXTRA_DEMONYMS[c.cca2] ?? [])].filter((d): d is string => !!d))],
    lat: c.latlng[0],
    lon: c.latlng[1],
    area: c.area,
    borders: c.borders.map((b) => code2.get(b) ?? '').filter((b) => b !== ''),
  }));
  // Larger countries first, so a shared name or demonym goes to the larger one.
  const bySize = [...countries].sort((a, b) => b.area - a.area);
  const byName = new Map<string, CountryRecord>();
  const byDemonym = new Map<string, CountryRecord>();
  for (const c of bySize) {
    for (const n of [c.name, c.officialName, ...c.altSpellings]) if (!byName.has(foldName(n))) byName.set(foldName(n), c);
    for (const d of c.demonyms) if (!byDemonym.has(foldName(d))) byDemonym.set(foldName(d), c);
  }
  table = { countries, byName, byDemonym };
  return table;
}
