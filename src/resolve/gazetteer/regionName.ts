/** First-level words: the area is a country's first subdivision, its seat a PPLA (or the capital). */
const FIRST = 'region|governorate|oblast|province|state|prefecture|wilayat|wilaya|vilayet|krai|kray|muhafazah|mohafazat|voivodeship|emirate';
/** Second-level words: the seat is a PPLA2 (a raion's or a cercle's town). */
const SECOND = 'raion|rayon|district|cercle|department|département|county|municipality|subdistrict|sub-district|nahiyah|nahiya';

// "Kidal Region", "Idlib Governorate", "Donetsk Oblast", "Mykolaiv oblasts", "Nadvirna Raion"
const SUFFIXED = new RegExp(`^(.+?)\\s+(${FIRST}|${SECOND})s?$`, 'i');
// "Governorate of Idlib", "the Province of Kandahar"
const PREFIXED = new RegExp(`^(?:the\\s+)?(${FIRST}|${SECOND})\\s+of\\s+(.+)$`, 'i');
const SECOND_LEVEL = new RegExp(`^(?:${SECOND})$`, 'i');

/** A name of the form "<seat> Region": the seat's name and the administrative level the word implies. */
export interface RegionName {
  seat: string;
  word: string;
  level: 1 | 2;
}

/**
 * Splits a region name into its seat and its region word; null for anything else.
 * @example regionName('Kidal Region') // { seat: 'Kidal', word: 'Region', level: 1 }
 * @example regionName('Nadvirna Raion') // { seat: 'Nadvirna', word: 'Raion', level: 2 }
 */
export function regionName(text: string): RegionName | null {
  const suffixed = SUFFIXED.exec(text.trim());
  const prefixed = suffixed ? null : PREFIXED.exec(text.trim());
  const seat = suffixed?.[1] ?? prefixed?.[2];
  const word = suffixed?.[2] ?? prefixed?.[1];
  if (!seat || !word || !/\p{Lu}/u.test(seat)) return null;
  return { seat: seat.replace(/^the\s+/i, ''), word, level: SECOND_LEVEL.test(word) ? 2 : 1 };
}
