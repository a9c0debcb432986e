import type { Facts } from './_facts.js';

/** One word of a sentence as the trigger matcher reads it. */
export interface Word {
  /** Lower case. */
  text: string;
  /** As written. */
  raw: string;
  start: number;
  end: number;
  /** wink-nlp's part of speech for the token starting here, `X` when none does (a hyphenated part). */
  pos: string;
  /** Joined to the word before by a hyphen ("Russian-occupied"). */
  hyphenated: boolean;
}

// Words are letters and digits with inner apostrophes; hyphens and slashes break them ("air-strikes" → air, strikes).
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*|[,;:()"“”]/gu;

/**
 * A sentence's words and clause punctuation, with offsets into the article and wink's tags.
 * @example wordsOf(facts, 3).map((w) => w.text) // ['on', '13', 'january', '2013', ',', 'french', 'planes', 'bombed', …]
 */
export function wordsOf(facts: Facts, sentence: number): Word[] {
  const s = facts.article.sentences[sentence];
  if (!s) return [];
  const text = facts.article.text.slice(s.span.start, s.span.end);
  const tags = new Map((s.tokens ?? []).map((t) => [t.span.start, t.pos]));
  const words: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = s.span.start + (m.index ?? 0);
    const hyphenated = (m.index ?? 0) > 0 && text[(m.index ?? 0) - 1] === '-';
    words.push({ text: m[0].toLowerCase(), raw: m[0], start, end: start + m[0].length, pos: tags.get(start) ?? 'X', hyphenated });
  }
  return words;
}

/** Whether a word is clause punctuation rather than a word. */
export const isPunctuation = (w: Word | undefined): boolean => w !== undefined && /^[,;:()"“”]$/.test(w.text);

/**
 * Whether the words from `i` on spell `phrase`.
 * @example matchesAt(words, 4, ['took', 'place'])
 */
export function matchesAt(words: readonly Word[], i: number, phrase: readonly string[]): boolean {
  return phrase.every((p, k) => words[i + k]?.text === p);
}
