// Words an acronym skips: "Islamic State of Iraq and the Levant" is ISIL.
const CONNECTORS = new Set(['of', 'for', 'the', 'and', 'in', 'on', 'at', 'al', 'el', 'de', 'du', 'des', 'la', 'le', 'a', 'an', '&']);
/**
 * The letters of a name written as an acronym ("FSA", "CJTF–OIR"), or null for any other name.
 * @example acronymOf('ISIL') === 'ISIL'
 * @example acronymOf('Hezbollah') === null
 */
export function acronymOf(name: string): string | null {
  const trimmed = name.trim();
  if (!/^\p{Lu}[\p{Lu}\d&–-]{1,9}$/u.test(trimmed)) return null;
  const letters = trimmed.replace(/[^\p{Lu}]/gu, '');
  return letters.length >= 2 ? letters : null;
}

/**
 * The initials of a name of several words, without its connecting words, in order; null for a
 * one-word name or an acronym.
 * @example initialsOf('Islamic State of Iraq and the Levant') === 'ISIL'
 * @example initialsOf("Hay'at Tahrir al-Sham") === 'HTS'
 */
export function initialsOf(name: string): string | null {
  if (acronymOf(name)) return null;
  const words = name.split(/[\s\-–]+/).filter((w) => /^\p{L}/u.test(w) && !CONNECTORS.has(w.toLowerCase()));
  if (words.length < 2) return null;
  return words.map((w) => (w[0] ?? '').toUpperCase()).join('');
}
