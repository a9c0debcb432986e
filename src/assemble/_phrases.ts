import { CAUSE_PREPOSITIONS, CIRCUMSTANCE_PREPOSITIONS, COMPLEMENT_HEADS, formWords, HARM_WORDS, indexForms, MODIFIED_HEADS, OCCURRENCE_VERBS, REPORTING_VERBS, SITE_NOUNS, SUFFERING_VERBS, SUPPORT_VERBS, verbPhrases, WEAPON_WORDS, type Weapon } from './lexicon/index.js';
import { matchesAt, type Word } from './_words.js';

type PhraseIndex = ReadonlyMap<string, readonly { words: readonly string[] }[]>;

const OCCURRENCE = verbPhrases(OCCURRENCE_VERBS);
const SUPPORT = verbPhrases(SUPPORT_VERBS);
const SUFFERING = verbPhrases(SUFFERING_VERBS);
const REPORTING = verbPhrases(REPORTING_VERBS);
const words = (list: readonly string[]): PhraseIndex => indexForms(list.map((w) => ({ words: formWords(w) })));
const CAUSES = words(CAUSE_PREPOSITIONS);
const CIRCUMSTANCES = words(CIRCUMSTANCE_PREPOSITIONS);
const HARM = new Set(HARM_WORDS);
const MODIFIED = new Set(MODIFIED_HEADS);
const COMPLEMENTS = new Set(COMPLEMENT_HEADS);
const SITES = new Set(SITE_NOUNS);
const WEAPONS = indexForms(Object.entries(WEAPON_WORDS).flatMap(([weapon, list]) => list.map((w) => ({ words: formWords(w), weapon: weapon as Weapon }))));

/** The length of the longest phrase of `index` spelled at word `i`, 0 when none is. */
function phraseAt(index: PhraseIndex, list: readonly Word[], i: number): number {
  const first = list[i]?.text;
  if (first === undefined) return 0;
  return index.get(first)?.find((p) => matchesAt(list, i, p.words))?.words.length ?? 0;
}

export const occurrenceAt = (list: readonly Word[], i: number): number => phraseAt(OCCURRENCE, list, i);
export const supportAt = (list: readonly Word[], i: number): number => phraseAt(SUPPORT, list, i);
export const sufferingAt = (list: readonly Word[], i: number): number => phraseAt(SUFFERING, list, i);
export const reportingAt = (list: readonly Word[], i: number): number => phraseAt(REPORTING, list, i);
export const isHarmWord = (w: Word | undefined): boolean => w !== undefined && HARM.has(w.text);
export const isComplementHead = (w: Word | undefined): boolean => w !== undefined && COMPLEMENTS.has(w.text);
export const isModifiedHead = (w: Word | undefined): boolean => w !== undefined && MODIFIED.has(w.text);
export const isSiteNoun = (w: Word | undefined): boolean => w !== undefined && SITES.has(w.text);

/** The cause preposition ending just before word `i` ("killed in" → 1; "as a result of" → 4), 0 when none. */
export function causeEndingAt(list: readonly Word[], i: number): number {
  for (let n = 4; n >= 1; n--) if (i - n >= 0 && phraseAt(CAUSES, list, i - n) === n) return n;
  return 0;
}

/** The circumstance preposition ending just before word `i` ("amid", "with ongoing"), 0 when none. */
export function circumstanceEndingAt(list: readonly Word[], i: number): number {
  for (let n = 2; n >= 1; n--) if (i - n >= 0 && phraseAt(CIRCUMSTANCES, list, i - n) === n) return n;
  return 0;
}

/** A weapon word at word `i`: its class and length. */
export function weaponAt(list: readonly Word[], i: number): { weapon: Weapon; length: number } | null {
  const first = list[i]?.text;
  if (first === undefined) return null;
  const found = WEAPONS.get(first)?.find((p) => matchesAt(list, i, p.words));
  return found ? { weapon: found.weapon, length: found.words.length } : null;
}
