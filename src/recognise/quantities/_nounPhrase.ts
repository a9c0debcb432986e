import type { NumberExpression } from './_form.js';
import { agrees } from './_agreement.js';
import { CASUALTY_WORDS, COUNT_NOUNS, MEASURES, NOT_NOUNS } from './_lexicon.js';
import { singularHead } from './singularHead.js';
import { firstWordFrom, type Word } from './_words.js';

const MAX_WORDS = 6;
// "Two of the aircraft" · "dozens of civilians" · "hundreds of the residents"
const BRIDGES = {
  partitive: /^\s+of\s+(?:the|these|those|its|their|his|her|our)\s+/i,
  of: /^\s+of\s+(?:(?:the|these|those|its|their|his|her|our)\s+)?/i,
  none: null,
};

/** The counted noun phrase: its extent in the words, as written (`unit`), and its head. */
export interface NounPhrase {
  end: number;
  unit: string;
  head: string;
  /** The head word as tagged; null when the unit is a casualty word standing for its noun. */
  headWord: Word | null;
}

/**
 * The noun phrase a number counts, read from the tagged words right after it: modifiers, then
 * nouns, ending at the last noun that agrees with the count ("twelve laser-guided bombs"); after
 * "of the" where the form allows ("Two of the aircraft"); or, with no noun, a casualty word
 * ("sixty dead").
 * @example nounPhraseAfter(text, words, expression) // { unit: 'Rafale fighter jets', head: 'jet', … }
 */
export function nounPhraseAfter(text: string, words: readonly Word[], expression: NumberExpression): NounPhrase | null {
  const end = expression.index + expression.length;
  const bridge = BRIDGES[expression.bridge]?.exec(text.slice(end, end + 40));
  const from = end + (bridge?.[0].length ?? 0);
  const first = firstWordFrom(words, from);
  const start = words[first];
  if (!start || !/^\s*$/.test(text.slice(from, start.start))) return null;
  const phrase = nounWords(text, words, first);
  if (phrase.length > 0) {
    const many = (expression.count.best ?? 0) > 1;
    const head = phrase.findLast((word) => word.role === 'noun' && agrees(word, many));
    if (!head) return null;
    return { end: head.end, unit: text.slice(start.start, head.end), head: singularHead(head.text), headWord: head };
  }
  const lower = start.text.toLowerCase();
  if (bridge || !CASUALTY_WORDS.has(lower)) return null;
  return { end: start.end, unit: start.text, head: lower, headWord: null };
}

type Role = 'noun' | 'modifier';

// Modifiers (adjectives, participles, names) come before common nouns; a plural common noun or a
// unit of measure ends the phrase ("soldiers", "64 km").
function nounWords(text: string, words: readonly Word[], first: number): (Word & { role: Role })[] {
  const taken: (Word & { role: Role })[] = [];
  let sawNoun = false;
  let sawCommon = false;
  for (let k = first; k < words.length && taken.length < MAX_WORDS; k++) {
    const word = words[k] as Word;
    const previous = taken[taken.length - 1];
    if (previous && (!/^\s+$/.test(text.slice(previous.end, word.start)) || endsPhrase(previous, taken))) break;
    if (previous?.text.endsWith('.') && /^\p{Lu}/u.test(word.text)) break; // "below 0 C. The bombardment"
    const role = roleOf(word, previous, sawNoun, sawCommon);
    if (role === null) break;
    taken.push({ ...word, role });
    sawNoun ||= role === 'noun';
    sawCommon ||= role === 'noun' && word.pos !== 'PROPN' && !/^\p{Lu}/u.test(word.text);
  }
  return taken;
}

function roleOf(word: Word, previous: Word | undefined, sawNoun: boolean, sawCommon: boolean): Role | null {
  const lower = word.text.toLowerCase();
  if (CASUALTY_WORDS.has(lower) || NOT_NOUNS.has(lower)) return null;
  // a model number inside a name: "Dassault Mirage 2000 fighter jets"
  if (!sawCommon && word.pos === 'NUM' && previous?.pos === 'PROPN' && !/\p{Ll}s$/u.test(previous.text) && /^\d+$/.test(word.text)) {
    return 'modifier';
  }
  // a word must have letters, and a dash inside one starts another figure: "15 km–20 km"
  if (!/\p{L}/u.test(word.text) || /[–—]/.test(word.text)) return null;
  if (word.pos === 'NOUN' || COUNT_NOUNS.has(lower) || (word.compound && word.pos === 'NUM')) return 'noun';
  // an acronym after a singular noun still names: "30 police SWAT members"
  if (sawCommon && !(word.pos === 'PROPN' && /^\p{Lu}{2,}$/u.test(word.text))) return null;
  // a capitalised word inside a name: "U.S Combined Joint Task Force airstrikes"
  if (word.pos === 'PROPN' || (sawNoun && /^\p{Lu}/u.test(word.text) && /^(?:VERB|ADJ)$/.test(word.pos))) return 'noun';
  if (word.pos === 'ADJ' || (word.compound && word.pos === 'VERB')) return 'modifier';
  // armoured vehicles · fighting positions — but "two exchanged fire", "Tornados provided cover"
  if (!sawNoun && word.pos === 'VERB' && /(?:ed|ing)$/.test(lower)) return 'modifier';
  return null;
}

function endsPhrase(word: Word, taken: readonly Word[]): boolean {
  const head = singularHead(word.text);
  // a unit of measure right after the number ("64 km", "12 square kilometer"), not inside a name ("Rafale M jets")
  const measuring = taken.length === 1 || (taken.length === 2 && /^(?:square|cubic|sq\.?)$/i.test(taken[0]?.text ?? ''));
  if (measuring && (MEASURES.has(head) || MEASURES.has(word.text))) return true;
  return word.pos === 'NOUN' && word.text === word.text.toLowerCase() && head !== word.text;
}
