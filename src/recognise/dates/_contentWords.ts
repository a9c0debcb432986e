// Words that carry no topic: a shared "of" or "the" does not tie a phrase to a title.
const STOP = new Set([
  'the', 'a', 'an', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'by', 'for', 'from', 'with', 'as',
  'into', 'its', 'their', 'his', 'her', 'that', 'this', 'which', 'was', 'were', 'is', 'are', 'had', 'has',
]);

/** Lower-case topic words of a phrase, plural "s" dropped: "the Gao bombings" → gao, bombing. */
export function contentWords(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 3 && !STOP.has(word) && !/^\d+$/.test(word))
    .map((word) => (word.length > 3 ? word.replace(/s$/, '') : word));
}

/**
 * Whether two phrases share a topic word. Words of six letters or more match on their first six,
 * a crude stem: "offensives" meets "offensive", "capturing" meets "capture".
 * @example shareContentWord('the Gao bombings', 'Bombardment of Gao') // true, through "gao"
 */
export function shareContentWord(a: string, b: string): boolean {
  const key = (word: string): string => (word.length >= 6 ? word.slice(0, 6) : word);
  const keys = new Set(contentWords(b).map(key));
  return contentWords(a).some((word) => keys.has(key(word)));
}
