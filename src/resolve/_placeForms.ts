import { countryByCode, countryByName, countryOfDemonym, type CountryRecord } from './gazetteer/index.js';

/**
 * A country by its name or its demonym.
 * @example countryOrDemonym('Mauritanian')?.code === 'MR' // "near the Mauritanian-Malian border"
 */
export function countryOrDemonym(words: string): CountryRecord | null {
  const trimmed = words.trim();
  const byDemonym = countryOfDemonym(trimmed);
  return countryByName(trimmed) ?? (byDemonym ? countryByCode(byDemonym) : null);
}

// "Mauritanian-Malian border", "Syria–Turkey border", "the Lebanon–Syria border area"
const PAIR_BORDER = /^(.+?)\s*[-–—/]\s*(.+?)\s+(?:border|frontier)(?:\s+(?:area|region|zone|crossing|line))?$/iu;
// "the border between Syria and Turkey"
const BETWEEN_BORDER = /^(?:border|frontier)\s+between\s+(.+?)\s+and\s+(.+)$/iu;
// "the Turkish border", "the border with Turkey"
const ONE_BORDER = /^(?:(.+?)\s+(?:border|frontier)|(?:border|frontier)\s+with\s+(.+))$/iu;

/**
 * The two countries a border phrase names; one side only ("the Turkish border") gives [country, null].
 * @example borderCountries('Mauritanian-Malian border') // [Mauritania, Mali]
 */
export function borderCountries(text: string): [CountryRecord, CountryRecord | null] | null {
  const pair = PAIR_BORDER.exec(text) ?? BETWEEN_BORDER.exec(text);
  if (pair) {
    const a = countryOrDemonym(pair[1] ?? '');
    const b = countryOrDemonym(pair[2] ?? '');
    if (a && b && a.code !== b.code) return [a, b];
  }
  const one = ONE_BORDER.exec(text);
  const side = one ? countryOrDemonym(one[1] ?? one[2] ?? '') : null;
  return side ? [side, null] : null;
}

// Nouns that turn a demonym into the country's ground or sky: "Algerian airspace", "Malian territory".
const DEMONYM_NOUN = /^(\p{L}[\p{L}\p{M}'-]*)(?:\s+(?:airspace|territory|territories|soil|waters|coast|coastline|mainland|countryside|side|desert|land|ground|skies))?$/iu;

/**
 * The country a demonym phrase stands for.
 * @example demonymCountry('Algerian airspace')?.code === 'DZ' // "to avoid Algerian airspace"
 */
export function demonymCountry(text: string): CountryRecord | null {
  const m = DEMONYM_NOUN.exec(text.trim());
  const code = m ? countryOfDemonym(m[1] ?? '') : null;
  return code ? countryByCode(code) : null;
}
