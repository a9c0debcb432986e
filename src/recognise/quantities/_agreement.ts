import { INVARIANT, MEASURES } from './_lexicon.js';
import { singularHead } from './singularHead.js';
import type { Word } from './_words.js';

// A singular demonym after a plural count is an ellipsis ("91 Armenian and 31 Azerbaijani soldiers").
const DEMONYM = /^\p{Lu}\p{Ll}+(?:an|ese|i|ish)$/u;

/**
 * Whether a noun can be the head of a count of one (`many` false) or more (`many` true): "120
 * government and 80 rebel fighters" leaves "government" uncounted; "21 aircraft" and "64 km" count.
 * @example agrees({ text: 'soldiers', pos: 'NOUN', … }, true) // true
 * @example agrees({ text: 'government', pos: 'NOUN', … }, true) // false
 */
export function agrees(word: Word, many: boolean): boolean {
  if (!many) return true;
  const lower = word.text.toLowerCase();
  const singular = singularHead(word.text);
  if (singular !== lower || INVARIANT.has(lower) || MEASURES.has(lower)) return true;
  if (word.pos === 'PROPN' || word.text !== lower) return !DEMONYM.test(word.text);
  return /\d|^[^aeiou]+$/.test(lower); // "km2", "sqkm": abbreviations keep their form
}
