import type { Facts } from './_facts.js';
import type { EventMention } from './_eventMention.js';
import { TRIGGER_FORMS, type TriggerForm } from './lexicon/index.js';
import { nounFrame } from './_nounFrames.js';
import { DETERMINERS, isAttributive, readsAsNoun, tellsHappening } from './_readings.js';
import { matchLength, wordsOf, type Word } from './_words.js';

/**
 * Pass 1: the trigger words of a sentence that report a happening — verbs and nouns of the trigger
 * lexicon, each read in context: a verb used as an adjective ("the captured town") or a noun with no
 * frame that makes it happen ("as part of the offensive") is no mention.
 * @example mentionsIn(facts, 0).map((m) => m.entry.family) // ['air-strike'] for "French planes bombed the city of Gao"
 */
export function mentionsIn(facts: Facts, sentence: number): EventMention[] {
  const list = wordsOf(facts, sentence);
  const found: EventMention[] = [];
  for (let i = 0; i < list.length; i++) {
    const forms = formsAt(list, i);
    const length = Math.max(0, ...forms.map((f) => f.length));
    if (length === 0) continue;
    const longest = forms.filter((f) => f.length === length).sort((a, b) => Number(a.words.includes('*')) - Number(b.words.includes('*')));
    const mention = readMention(facts, list, sentence, i, longest);
    if (mention) found.push(mention);
    i += length - 1;
  }
  // the verb of a noun's frame ("an air strike hit") is told by the noun
  const framing = new Set(found.map((m) => m.frameWord));
  const own = found.filter((m) => m.pos === 'noun' || !framing.has(m.first));
  // (a weak trigger, "killed", is kept: it tells an event where nothing else the sentence reports does, _detect)
  return own;
}

type Matched = TriggerForm & { length: number };

// Verbs that take an object: right after a noun and before a preposition, their past participle is a passive in passing.
const TRANSITIVE = new Set(['kill', 'destroy', 'capture', 'regain', 'take', 'massacre', 'abduction', 'arrest', 'shoot', 'looting']);

function formsAt(list: readonly Word[], i: number): Matched[] {
  const first = list[i]?.text;
  if (first === undefined) return [];
  return (TRIGGER_FORMS.get(first) ?? []).map((f) => ({ ...f, length: matchLength(list, i, f.words) })).filter((f) => f.length > 0);
}

function readMention(facts: Facts, list: readonly Word[], sentence: number, i: number, forms: readonly Matched[]): EventMention | null {
  const last = i + (forms[0]?.length ?? 1) - 1;
  const verb = forms.find((f) => f.pos === 'verb');
  const noun = forms.find((f) => f.pos === 'noun');
  const asNoun = noun !== undefined && (verb === undefined || readsAsNoun(list, i, last));
  const span = { start: list[i]?.start ?? 0, end: list[last]?.end ?? 0 };
  const base = { sentence, first: i, last, span, phraseStart: i, refersBack: false, subjectStruck: false, frameWord: null };
  if (!asNoun) {
    // a capitalised verb inside a sentence is part of a name ("the 5th State Fire and Rescue Brigade")
    if (i > 0 && /^\p{Lu}/u.test(list[i]?.raw ?? '')) return null;
    if (!verb || isAttributive(list, i, last) || !tellsHappening(list, i, last, TRANSITIVE.has(verb.entry.family) || verb.entry.weak === true)) return null;
    // "a fire broke out": after a determiner a bare form is a noun, whatever family has it as a verb
    if (DETERMINERS.has(list[i - 1]?.text ?? '') && !/(?:ed|en|ing)$/.test(list[i]?.text ?? '')) return null;
    const doerAfter = verb.subject === 'target';
    return { ...base, entry: verb.entry, pos: 'verb', frame: 'verb', subjectStruck: verb.entry.subject === 'target' || doerAfter, ...(doerAfter ? { doerAfter } : {}) };
  }
  const frame = nounFrame(facts, sentence, list, i, last, noun.entry.family);
  if (!frame || (noun.entry.nounFrames && (frame.frame === 'verb' || !noun.entry.nounFrames.includes(frame.frame)))) return null;
  return { ...base, entry: noun.entry, pos: 'noun', ...frame };
}
