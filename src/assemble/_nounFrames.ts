import { entityMentions, type Facts } from './_facts.js';
import type { EventMention, MentionFrame } from './_eventMention.js';
import { causeEndingAt, circumstanceEndingAt, isComplementHead, isHarmWord, isModifiedHead, occurrenceAt, sufferingAt, supportAt } from './_phrases.js';
import { DETERMINERS, isPossessive } from './_readings.js';
import { isPunctuation, type Word } from './_words.js';

type Frame = Pick<EventMention, 'frame' | 'phraseStart' | 'refersBack' | 'subjectStruck' | 'frameWord'>;
type Found = Pick<EventMention, 'frame' | 'subjectStruck' | 'frameWord'>;

// "a series of air strikes", "dozens of artillery and air strikes", "16 days of fighting"
const QUANTITY_HEADS = new Set(['series', 'number', 'wave', 'waves', 'day', 'days', 'hour', 'hours', 'week', 'weeks', 'night', 'nights', 'dozens', 'hundreds', 'round', 'rounds', 'spate', 'string', 'month', 'months', 'couple', 'lot', 'lots', 'barrage', 'volley', 'volleys']);
const SKIPPED = new Set(['ADV', 'AUX', 'PART']);
// Families whose noun names a whole battle: "the battle of Boulikessi", "the siege of Stepanakert".
const NAMES_A_BATTLE = new Set(['clash', 'siege', 'attack']);
const BE_WORDS = new Set(['was', 'were', 'is', 'are']);
// "an IS counterattack": the Islamic State's initials are no verb
const isBe = (w: Word | undefined): boolean => w !== undefined && BE_WORDS.has(w.text) && w.raw === w.text;
// "killed in" and "were killed in" alike: the harm word may stand a few words before its preposition
const HARM_REACH = 3;

/**
 * How a noun trigger is told as a happening, or null: it is the subject of a verb of occurrence
 * ("clashes broke out"), the object of a verb of doing ("launched an offensive", "endured heavy
 * shelling"), the cause of harm ("killed in an airstrike"), a circumstance ("amid heavy clashes"),
 * a predicate ("was an American bombing"), or it has arguments or a date of its own ("an attack by
 * ISIL militants on a checkpoint", "the airstrikes of 6 March"). A capitalised noun is a name ("the
 * Battle of Harem"), one followed by a head it modifies is no happening ("attack helicopters"), and
 * one named after a place or a year is a campaign ("the Kharkiv counteroffensive", "the 2016 offensive").
 */
export function nounFrame(facts: Facts, sentence: number, list: readonly Word[], first: number, last: number, family: string): Frame | null {
  const word = list[first];
  if (!word || (first > 0 && /^\p{Lu}/u.test(word.raw) && word.raw !== word.raw.toUpperCase())) return null;
  if (isModifiedHead(list[last + 1])) return null;
  // "the battle of Boulikessi took place": a happening named after its place is the article's headline, not one event of it
  if (NAMES_A_BATTLE.has(family) && list[last + 1]?.text === 'of' && /^\p{Lu}/u.test(list[last + 2]?.raw ?? '') && ['the', 'a'].includes(list[first - 1]?.text ?? '')) return null;
  const start = phraseStart(list, first);
  if (namesCampaign(facts, sentence, list, start, first)) return null;
  // "breaches of the ceasefire were reported": the breaches are told, the ceasefire only named
  if (list[start - 1]?.text === 'of' && isComplementHead(list[start - 2])) return null;
  const refersBack = pointsBack(list, start) && start === first - 1 && !ownArguments(list, last) && !namesAnother(list, last);
  const found = frameOf(facts, sentence, list, start, last);
  return found ? { ...found, phraseStart: start, refersBack } : null;
}

// "the attack", "these strikes": a determiner that points back. "reported that airstrikes killed 60 people": a "that"
// after a verb, or before a plural, opens a clause ("that" points back only at one thing: "that attack").
function pointsBack(list: readonly Word[], start: number): boolean {
  const word = list[start]?.text ?? '';
  if (word === 'that' && (list[start - 1]?.pos === 'VERB' || /[^s]s$/.test(list[start + 1]?.text ?? ''))) return false;
  return ['the', 'this', 'that', 'these', 'those'].includes(word);
}

function frameOf(facts: Facts, sentence: number, list: readonly Word[], start: number, last: number): Found | null {
  const at = (frame: MentionFrame, subjectStruck = false, frameWord: number | null = null): Found => ({ frame, subjectStruck, frameWord });
  const before = skipBack(list, start - 1);
  for (let n = 1; n <= 4; n++) {
    const from = before - n + 1;
    if (from >= 0 && supportAt(list, from) === n) return at('support', sufferingAt(list, from) === n, from);
  }
  const cause = causeEndingAt(list, start);
  if (cause > 0) {
    for (let k = start - cause - 1; k >= Math.max(0, start - cause - HARM_REACH); k--) if (isHarmWord(list[k])) return at('harm');
  }
  if (circumstanceEndingAt(list, start) > 0) return at('circumstance', list[start - 2]?.text === 'came');
  if (isBe(list[start - 1]) && saysWhoOrWhere(facts, sentence, list, start, last)) return at('predicate');
  const occurrence = occurrenceAfter(list, last);
  if (occurrence !== null) return at('occurrence', false, occurrence);
  if (ownArguments(list, last)) return kindNamed(facts, sentence, list, start, last) ? null : at('argument');
  return null;
}

// "condemns … attacks on civilian objects", "attacks against Karimli are simply diverting attention": a bare plural,
// with no determiner, number or modifier, and no place where it struck, names a kind of happening, not happenings
// told ("responded with airstrikes on Misraba, Saqba and Ayn Tarma" tells them)
const PLACE_REACH = 8;
function kindNamed(facts: Facts, sentence: number, list: readonly Word[], start: number, last: number): boolean {
  // ("launched several coordinated attacks against …": a participle or a word of number before it is a modifier)
  const before = list[start - 1];
  if (start !== last || !/[^s]s$/.test(list[last]?.text ?? '') || (before && (before.pos === 'ADJ' || before.pos === 'NUM' || /ed$/.test(before.text)))) return false;
  const from = list[last]?.end ?? 0;
  const to = list[Math.min(list.length - 1, last + PLACE_REACH)]?.end ?? from;
  return !entityMentions(facts, sentence, ['place']).some((m) => m.span.start >= from && m.span.start <= to);
}

// The first word of the noun phrase that ends at `first`: determiners, numbers, adjectives, names, noun modifiers.
function phraseStart(list: readonly Word[], first: number): number {
  let j = first - 1;
  while (j >= 0) {
    const w = list[j] as Word;
    if (w.text === 'of' && QUANTITY_HEADS.has(list[j - 1]?.text ?? '')) j -= 2;
    // "involved a suicide bomber": a verb of doing tagged as an adjective ends the phrase
    else if (supportAt(list, j) > 0 && w.pos !== 'NOUN') break;
    else if (DETERMINERS.has(w.text) || isPossessive(w) || ['NUM', 'ADJ', 'PROPN', 'NOUN'].includes(w.pos)) j--;
    else break;
  }
  return j + 1;
}

function skipBack(list: readonly Word[], j: number): number {
  while (j >= 0 && SKIPPED.has(list[j]?.pos ?? '') && !isBe(list[j])) j--;
  return j;
}

// A verb of occurrence is the first verb after the noun and its modifiers, before the clause ends.
// ("the clashes were the worst since …" is a copula: what follows "were" is no verb of the noun's.)
function occurrenceAfter(list: readonly Word[], last: number): number | null {
  let aux = false;
  for (let j = last + 1; j < Math.min(list.length, last + 12); j++) {
    const w = list[j] as Word;
    if (isPunctuation(w)) return null;
    // "fighting taking place" tells it; "suicide bombers among the civilians leaving" does not
    if (occurrenceAt(list, j) > 0) return w.text.endsWith('ing') && j > last + 1 ? null : j;
    if (w.pos === 'AUX' || w.text === 'reportedly') aux = true;
    else if (w.pos === 'ADV' || w.pos === 'PART') continue;
    else if (w.pos === 'VERB' || aux) return null;
  }
  return null;
}

// "was an American bombing", "was an attack on the base": a predicate tells a happening when it says by
// whom or where; "was a battle of the civil war" classes a name.
function saysWhoOrWhere(facts: Facts, sentence: number, list: readonly Word[], start: number, last: number): boolean {
  const from = list[start]?.start ?? 0;
  const to = list[last]?.start ?? 0;
  const actor = entityMentions(facts, sentence, ['state', 'armed_group', 'military_unit']).some((m) => m.span.start >= from && m.span.end <= to);
  return actor || ownArguments(list, last) || ['in', 'at', 'near', 'that', 'which'].includes(list[last + 1]?.text ?? '');
}

// "an attack by ISIL", "airstrikes on Misraba", "an attack against the base", "the airstrikes of 6 March"
function ownArguments(list: readonly Word[], last: number): boolean {
  const next = list[last + 1]?.text;
  const after = list[last + 2];
  if (next === 'by' || next === 'against' || next === 'targeting' || next === 'upon') return after !== undefined;
  if (next === 'on' || next === 'at') return after !== undefined && !isPunctuation(after);
  return next === 'of' && after !== undefined && /^\d/.test(after.text);
}

// "confirmed the destruction of another ammunition depot": what it befell is one more, so the happening is too
function namesAnother(list: readonly Word[], last: number): boolean {
  return list[last]?.text === 'of' && ['another', 'more', 'further'].includes(list[last + 1]?.text ?? '');
}

// "the Northeastern Ukraine offensive", "the 2016 Southern Aleppo campaign": a year or a place names the campaign.
function namesCampaign(facts: Facts, sentence: number, list: readonly Word[], start: number, first: number): boolean {
  const from = list[start]?.start ?? 0;
  const to = list[first]?.start ?? 0;
  if (list.slice(start, first).some((w) => /^(?:1[89]|20)\d\d$/.test(w.text))) return true;
  return entityMentions(facts, sentence, ['place']).some((m) => m.span.start >= from && m.span.end <= to && facts.entity.get(m.entity ?? '')?.precision !== 'country');
}
