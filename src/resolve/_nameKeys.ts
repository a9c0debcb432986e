/**
 * A name reduced for matching: lower case, no diacritics, no leading article or possessive, one space
 * between words, hyphens as spaces.
 * @example nameKey("the Movement for Oneness and Jihad in West Africa's") === 'movement for oneness and jihad in west africa'
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/^the\s+/, '')
    .replace(/[-‐–]/g, ' ')
    .replace(/[^\p{L}\p{N} ]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A group noun phrase reduced to its singular words, so "jihadists" and "jihadist" meet.
 * @example groupKey('Tuareg rebels') === 'tuareg rebel'
 */
export function groupKey(phrase: string): string {
  return nameKey(phrase)
    .split(' ')
    .map((w) => (w.length > 3 && w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w))
    .join(' ');
}
