// Words written with a full stop that does not end a sentence: titles and ranks always precede a name.
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'cpl', 'pvt', 'cmdr', 'adm',
  'brig', 'gov', 'sen', 'rep', 'pres', 'rev', 'st', 'mt', 'ft', 'hon', 'sheikh', 'messrs', 'gens', 'lieut',
]);
// Abbreviations followed by a number or a lower-case word mid-sentence: "Jan. 5", "c. 1850", "No. 5".
const BEFORE_NUMBERS = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'c', 'ca', 'no', 'nos', 'vol',
  'approx', 'est', 'fig', 'pp', 'p', 'vs', 'v', 'e.g', 'i.e', 'cf', 'al', 'inc', 'ltd', 'co', 'corp', 'jr', 'sr',
  'u.s', 'u.k', 'u.n', 'e.u', 'u.s.a', 'a.m', 'p.m', 'km', 'mi', 'div', 'bde', 'bn', 'regt', 'coy', 'sq',
]);

/**
 * Whether a sentence that ends in `word.` must run on into `next`.
 * @example continuesAfter('Lt', 'Col. John A. Smith') === true
 */
export function continuesAfter(word: string, next: string): boolean {
  const bare = word.toLowerCase().replace(/\.$/, '');
  if (TITLES.has(bare)) return true;
  if (/^\p{Lu}$/u.test(word) && /^\p{Lu}/u.test(next)) return true; // an initial: "John A. Smith"
  const startsLow = /^[\p{Ll}\d(]/u.test(next);
  return BEFORE_NUMBERS.has(bare) && startsLow;
}
