import { countryTable, type CountryRecord } from './_countryTable.js';
import { foldName } from './foldName.js';

export type { CountryRecord } from './_countryTable.js';

// "the Netherlands", "the United States": the article is not part of the name.
const stripThe = (text: string): string => text.trim().replace(/^the\s+/i, '');

/**
 * The country a name denotes: common, official or alternative spelling, case- and diacritic-insensitive.
 * Never a town: "Mali" is the country, not Mali in Guinea.
 * @example countryByName('Mali')?.code === 'ML'
 * @example countryByName('the United States')?.code === 'US'
 */
export function countryByName(name: string): CountryRecord | null {
  return countryTable().byName.get(foldName(stripThe(name))) ?? null;
}

/**
 * The alpha-2 code of the country an English demonym adjective names; plural nouns too ("Malians").
 * @example countryOfDemonym('French') === 'FR' // "French defense minister Jean-Yves Le Drian"
 * @example countryOfDemonym('Algerian') === 'DZ' // "to avoid Algerian airspace"
 */
export function countryOfDemonym(word: string): string | null {
  const { byDemonym } = countryTable();
  const folded = foldName(word);
  const found = byDemonym.get(folded) ?? (folded.endsWith('s') ? byDemonym.get(folded.slice(0, -1)) : undefined);
  return found?.code ?? null;
}

/**
 * The country with an alpha-2 code.
 * @example countryByCode('MR')?.name === 'Mauritania'
 */
export function countryByCode(code: string): CountryRecord | null {
  return countryTable().countries.find((c) => c.code === code.toUpperCase()) ?? null;
}
