import type { Word } from './_words.js';

// Words that open a noun phrase: after one, "attack" or "shelling" is a noun.
export const DETERMINERS = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'another', 'its', 'their', 'his', 'her', 'our', 'any', 'each', 'every', 'such',
  'several', 'many', 'some', 'numerous', 'multiple', 'both', 'no', 'all', 'further', 'more', 'few', 'renewed', 'repeated', 'new', 'first', 'second', 'last', 'final',
]);
// Prepositions after which an -ing word is a noun ("during heavy shelling"), unless an object follows it.
const PREPOSITIONS = new Set(['of', 'in', 'during', 'after', 'amid', 'under', 'by', 'from', 'with', 'following', 'despite', 'on', 'for', 'against', 'before', 'since', 'through', 'into', 'and', 'or']);
// Words before a bare verb: "began to attack", "would shell", "did not strike".
const BEFORE_BARE_VERB = new Set(['to', 'will', 'would', 'could', 'did', 'does', 'do', 'may', 'might', 'can', 'cannot', 'must', 'should', 'shall', "didn't", "don't", 'not']);
const BE = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be', "wasn't", "weren't"]);
// Verbs an -ing verb continues: "began shelling the town", "kept attacking".
const ASPECT = new Set(['began', 'begun', 'begin', 'begins', 'started', 'start', 'continued', 'continue', 'continues', 'kept', 'resumed', 'stopped']);
const OBJECT_TAGS = new Set(['DET', 'PROPN', 'NUM', 'PRON']);

export const isPossessive = (w: Word | undefined): boolean => w !== undefined && /['’]s$/.test(w.text);

/**
 * Whether a form that is both a verb and a noun ("attack", "shelling", "strikes") is the noun here.
 * Narrative is told in the past: a bare or -s form is a verb only after "to", a modal or "did"; an
 * -ing form is a verb when an object follows it or "were" or "began" comes before it.
 * @example readsAsNoun(words('heavy shelling was reported'), 1, 1) === true
 * @example readsAsNoun(words('the army began shelling the town'), 3, 3) === false
 */
export function readsAsNoun(list: readonly Word[], first: number, last: number): boolean {
  const prev = list[first - 1];
  const next = list[last + 1];
  const head = list[last]?.text ?? '';
  // "led to riots": no infinitive ends in -s
  if (!head.endsWith('ing')) return !(prev && BEFORE_BARE_VERB.has(prev.text)) || (prev.text === 'to' && head.endsWith('s'));
  if (prev && (BE.has(prev.text) || ASPECT.has(prev.text))) return false;
  if (next && OBJECT_TAGS.has(next.pos) && !/^\d/.test(next.text)) return false;
  if (prev && (DETERMINERS.has(prev.text) || prev.pos === 'ADJ' || prev.pos === 'NUM' || isPossessive(prev) || PREPOSITIONS.has(prev.text))) return true;
  return !(prev === undefined || prev.text === ',');
}

// Words before an -ing verb that make it a happening: a clause of its own (", capturing"), a progressive
// ("were shelling"), an aspect ("began shelling") or a manner ("by bombing").
const BEFORE_ING_VERB = new Set([',', 'and', 'while', 'by', 'then', 'also', 'thereby', 'reportedly', ...BE, ...ASPECT]);
// "managed to capture", "proceeded to attack": an infinitive that reports what happened; others are aims or plans.
const REPORTING_INFINITIVE = new Set(['managed', 'succeeded', 'proceeded', 'began', 'started', 'continued', 'went', 'able', 'moved', 'rushed', 'returned']);

/**
 * Whether a verb form is a happening by its place in the sentence: an -ing verb right after a noun is a
 * reduced relative ("the troops occupying the area"), and one before a noun an adjective ("its
 * surrounding villages"); an infinitive is an aim ("in order to capture", "plans to capture") unless
 * it follows a verb of going on ("managed to capture", "proceeded to attack").
 * @example tellsHappening(words('the Russian troops occupying the area'), 3, 3) === false
 */
export function tellsHappening(list: readonly Word[], first: number, last: number, transitive = false): boolean {
  const prev = list[first - 1];
  const head = list[last]?.text ?? '';
  if (prev?.text === 'to') return REPORTING_INFINITIVE.has(list[first - 2]?.text ?? '') || usedTo(list, first - 1);
  if (transitive && reducedPassive(list, first, last)) return false;
  if (!head.endsWith('ing') || !prev) return true;
  return BEFORE_ING_VERB.has(prev.text) || prev.pos === 'ADV' || absolute(list, first);
}

// "the government used helicopters to bomb the militants", "rebels used GRAD rockets to strike the base": a
// means used to do it tells that it was done ("the academy was used by the army to shell" tells a habit)
function usedTo(list: readonly Word[], to: number): boolean {
  for (let j = to - 1; j >= Math.max(0, to - 4); j--) {
    if (list[j]?.text === 'by') return false;
    if (/^(?:used|using|employed)$/.test(list[j]?.text ?? '')) return j < to - 1 && !BE.has(list[j - 1]?.text ?? '');
  }
  return false;
}

// "French soldiers killed in support of operations", "civilians killed by shelling": a past participle right
// after its noun and followed by a preposition is a passive told in passing, not a verb of the sentence
const AFTER_REDUCED = new Set(['in', 'by', 'during', 'at', 'on', 'near', 'from', 'since', 'as', 'while', 'when', 'after', 'and', 'or']);
function reducedPassive(list: readonly Word[], first: number, last: number): boolean {
  const prev = list[first - 1];
  const next = list[last + 1];
  const past = /(?:ed|en|wn|ght|ot|ck)$/.test(list[last]?.text ?? '');
  return past && prev !== undefined && (prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.pos === 'NUM') && (next === undefined || AFTER_REDUCED.has(next.text) || next.text === ',');
}

// "with Ukrainian forces capturing all of Balakliia": "with" and a noun phrase make the -ing verb a clause of its own
function absolute(list: readonly Word[], first: number): boolean {
  for (let j = first - 1; j >= Math.max(0, first - 5); j--) {
    const w = list[j] as Word;
    if (w.text === 'with') return j < first - 1;
    if (!['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM'].includes(w.pos)) return false;
  }
  return false;
}

/**
 * A past participle used as an adjective: "two captured Armenians", "the besieged government soldiers",
 * "Burned Russian equipment was seen" — no happening is told by it.
 * @example isAttributive(words('the captured town'), 1, 1) === true
 */
const HELD_PLACES = new Set(['village', 'town', 'city', 'area', 'territory', 'district', 'neighborhood', 'neighbourhood', 'side']);

export function isAttributive(list: readonly Word[], first: number, last: number): boolean {
  // (a phrase is judged by its first word: "two rescued hostages")
  const word = list[first]?.text ?? '';
  if (!/(?:ed|en|wn|ght|ck|ot|un|ld)$/.test(word)) return false;
  if (first !== last) return DETERMINERS.has(list[first - 1]?.text ?? '') || list[first - 1]?.pos === 'NUM';
  const prev = list[first - 1];
  const next = list[last + 1];
  // "Russian-occupied Kherson", "ISIL-held areas"
  if (list[first]?.hyphenated) return true;
  // "an alleged intercepted conversation": adjectives between the determiner and the participle
  let j = first - 1;
  while (j >= 0 && (list[j]?.pos === 'ADJ' || /ed$/.test(list[j]?.text ?? ''))) j--;
  // (only after "a"/"an": "the military recaptured al-Haffah" has a noun before its verb)
  if (j < first - 1 && (list[j]?.text === 'a' || list[j]?.text === 'an') && next !== undefined && (next.pos === 'NOUN' || next.pos === 'PROPN')) return true;
  // "the government occupied village of Kherbet Eljoz", "the rebel held town": a holder's noun, unhyphenated, before a
  // place's singular noun with no article of its own ("the SDF captured villages", "the rebels took the town" act)
  if (next !== undefined && HELD_PLACES.has(next.text) && prev !== undefined && (prev.pos === 'NOUN' || prev.pos === 'ADJ') && /^\p{Ll}/u.test(prev.raw) && DETERMINERS.has(list[first - 2]?.text ?? '')) return true;
  const opens = prev === undefined || DETERMINERS.has(prev.text) || prev.pos === 'NUM' || isPossessive(prev) || /^(?:of|and|with|in|from|into|on|at|for|,)$/.test(prev.text);
  const noun = next !== undefined && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ') && !DETERMINERS.has(next.text);
  return opens && noun && (prev !== undefined || /^\p{Lu}/u.test(list[first]?.raw ?? ''));
}
