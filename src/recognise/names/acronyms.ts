import type { Recogniser } from '../recogniser.js';
import { nameMention } from './_mention.js';
import { NAME_CONNECTORS } from './_words.js';

// A long form is two to fifteen words: capitalised ones (which may hold hyphens: "Jean-Yves") and
// these, joined by spaces or hyphens ("Jabhat al-Nusra"). The patterns read a capitalised word with
// all its hyphens and count the words it could split into afterwards (`twoWordsOrMore`): read as
// `[ -]` between words that may hold "-", a run of "Mali-Mali-…" could be cut in exponentially many
// ways, and 24 of them took seconds.
const CONNECTORS = ['of', 'for', 'the', 'and', 'in', 'de', 'al', 'du', 'des', 'la', 'le'];
const CONNECTOR = `(?:${CONNECTORS.join('|')})`;
const CAPITALISED = "\\p{Lu}[\\p{L}'’-]*";
const WORDS = `(?:${CONNECTOR}[ -]|${CAPITALISED} ){0,14}(?:${CAPITALISED}|${CONNECTOR})`;
// "Movement for Oneness and Jihad in West Africa (MOJWA)"
const LONG_THEN_SHORT = new RegExp(`(${WORDS}) \\((\\p{Lu}[\\p{Lu}\\p{Ll}&-]{1,9})\\)`, 'gu');
// "MOJWA (Movement for Oneness and Jihad in West Africa)"
const SHORT_THEN_LONG = new RegExp(`\\b(\\p{Lu}[\\p{Lu}&-]{1,9})\\b \\((${CAPITALISED}(?: (?:${CONNECTOR}[ -]|${CAPITALISED} ){0,13}(?:${CAPITALISED}|${CONNECTOR}))?)\\)`, 'gu');

/** Whether a long form the patterns read is two words or more ("Al-Qaeda" is: "Al" and "Qaeda"). */
function twoWordsOrMore(long: string): boolean {
  if (long.includes(' ')) return true;
  return /^\p{Lu}/u.test(long) ? splitsInTwo(long) : long.includes('-');
}

// Whether one capitalised word is also words joined by hyphens: a hyphen followed by a capitalised
// word, or by connectors joined by hyphens up to one ("Ansar-al-Sharia", "Mali-de"). Right to left, so linear.
function splitsInTwo(word: string): boolean {
  const joins: boolean[] = [];
  for (let j = word.length - 1; j > 0; j--) {
    joins[j] =
      /^\p{Lu}/u.test(word.slice(j, j + 2)) ||
      CONNECTORS.some((c) => word.startsWith(c, j) && (j + c.length === word.length || (word[j + c.length] === '-' && joins[j + c.length + 1] === true)));
  }
  for (let i = 1; i < word.length - 1; i++) if (word[i] === '-' && joins[i + 1]) return true;
  return false;
}

// "Movement for Oneness and Jihad" → M, O, J: the first letters of the words that are not connectors.
function initialsOf(long: string): string[] {
  return long
    .split(/[ -]+/)
    .filter((w) => w !== '' && !NAME_CONNECTORS.has(w.toLowerCase()))
    .map((w) => (w[0] ?? '').toUpperCase());
}

/**
 * How well `short` abbreviates `long`: letters of short that no initial of long accounts for, and
 * initials left unused; null when it is no abbreviation at all. Initials may come in any order
 * ("MNLA" for "National Movement for the Liberation of Azawad" keeps the French order).
 */
function fit(short: string, long: string): { misses: number; unused: number } | null {
  const letters = short.replace(/[^\p{Lu}]/gu, '').split('');
  const initials = initialsOf(long);
  if (letters.length < 2 || initials.length < 2 || letters.length > initials.length + 1) return null;
  const pool = [...initials];
  for (const letter of letters) {
    const at = pool.indexOf(letter);
    if (at >= 0) pool.splice(at, 1);
  }
  const matched = initials.length - pool.length;
  // One letter may stand for a word the long form drops or renames: "ISIS" for "Islamic State of Iraq and the Levant".
  const allowedMisses = letters.length >= 4 ? 1 : 0;
  if (matched < letters.length - allowedMisses || matched < Math.ceil(initials.length * 0.6)) return null;
  return { misses: letters.length - matched, unused: pool.length };
}

/**
 * Whether `short` abbreviates `long`.
 * @example abbreviates('MOJWA', 'Movement for Oneness and Jihad in West Africa') === true
 */
export function abbreviates(short: string, long: string): boolean {
  return fit(short, long) !== null;
}

/**
 * How badly `short` abbreviates `long`, to choose among several long forms: 0 for every initial in
 * order, more for letters unaccounted for, initials unused, or initials out of order ("FSA" fits
 * "Free Syrian Army" better than "Syrian Armed Forces"); null when it is no abbreviation.
 * @example abbreviationCost('FSA', 'Free Syrian Army') === 0
 */
export function abbreviationCost(short: string, long: string): number | null {
  const f = fit(short, long);
  if (!f) return null;
  const letters = short.replace(/[^\p{Lu}]/gu, '');
  let at = 0;
  for (const letter of initialsOf(long)) if (letter === letters[at]) at++;
  // letters no initial accounts for are charged as misses already, not again as disorder
  return f.misses * 10 + f.unused + (at >= letters.length - f.misses ? 0 : 5);
}

/**
 * The tail of the words before the brackets that `short` fits best: "Ansar Dine and the Movement for
 * Oneness and Jihad in West Africa (MOJWA)" defines only the Movement.
 */
function trimLongForm(long: string, short: string): string | null {
  const words = long.split(' ');
  let best: { text: string; score: number } | null = null;
  for (let i = 0; i < words.length - 1; i++) {
    const candidate = words.slice(i).join(' ');
    const f = /^\p{Lu}/u.test(candidate) ? fit(short, candidate) : null;
    const score = f ? f.misses * 10 + f.unused : Infinity;
    if (f && (!best || score < best.score)) best = { text: candidate, score };
  }
  return best?.text ?? null;
}

/**
 * A name defined in brackets by a longer acronym that begins with its initials: "Islamic State (ISIL)",
 * "Islamic State (ISIS)" — the letters after them stand for words the name leaves out ("of Iraq and
 * the Levant"). Only for the brackets' explicit definition: elsewhere "ISF" is no "Islamic State".
 * @example prefixDefinition('by the Islamic State', 'ISIL') === 'Islamic State'
 */
function prefixDefinition(long: string, short: string): string | null {
  const letters = short.replace(/[^\p{Lu}]/gu, '');
  const words = long.split(' ');
  for (let i = 0; i < words.length - 1; i++) {
    const candidate = words.slice(i).join(' ');
    const initials = initialsOf(candidate).join('');
    if (!/^\p{Lu}/u.test(candidate) || initials.length < 2) continue;
    if (letters.startsWith(initials) && letters.length - initials.length <= 2) return candidate;
  }
  return null;
}

/** Acronym definitions in either order; each form is an alias of the other. */
export const acronymRecogniser: Recogniser = {
  name: 'names:acronym',
  recognise(context) {
    const found = [];
    // both patterns hold " (": most sentences have no brackets to scan for
    if (!context.text.includes(' (')) return [];
    for (const match of context.text.matchAll(LONG_THEN_SHORT)) {
      const short = match[2] ?? '';
      if (!twoWordsOrMore(match[1] ?? '')) continue;
      const long = trimLongForm(match[1] ?? '', short) ?? prefixDefinition(match[1] ?? '', short);
      if (!long || match.index === undefined) continue;
      const longStart = context.offset + match.index + (match[1] ?? '').length - long.length;
      const shortStart = context.offset + match.index + match[0].length - short.length - 1;
      found.push(nameMention(context, { kind: 'actor', start: longStart, end: longStart + long.length, rule: this.name, aliasOf: short }));
      found.push(nameMention(context, { kind: 'actor', start: shortStart, end: shortStart + short.length, rule: this.name, aliasOf: long }));
    }
    for (const match of context.text.matchAll(SHORT_THEN_LONG)) {
      const short = match[1] ?? '';
      const long = match[2] ?? '';
      if (!twoWordsOrMore(long) || !abbreviates(short, long) || match.index === undefined) continue;
      const shortStart = context.offset + match.index;
      const longStart = shortStart + short.length + 2;
      found.push(nameMention(context, { kind: 'actor', start: shortStart, end: shortStart + short.length, rule: this.name, aliasOf: long }));
      found.push(nameMention(context, { kind: 'actor', start: longStart, end: longStart + long.length, rule: this.name, aliasOf: short }));
    }
    return found;
  },
};
