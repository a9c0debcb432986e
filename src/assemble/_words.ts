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
  let read = readWords.get(facts.article);
  if (!read) readWords.set(facts.article, (read = new Map()));
  let words = read.get(sentence);
  if (!words) read.set(sentence, (words = sentenceWords(facts, sentence)));
  return words;
}

// Each sentence's words are asked for by several passes (its view, its trigger mentions): read once per
// article and shared, so no caller changes the list or its words.
const readWords = new WeakMap<Facts['article'], Map<number, Word[]>>();

function sentenceWords(facts: Facts, sentence: number): Word[] {
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
  return matchLength(words, i, phrase) > 0;
}

/**
 * How many words from `i` on spell `phrase`, 0 when they do not; a `*` in the phrase stands for one to
 * three words of any kind within the clause ("fire * at" spells "fired rockets at", "fired two missiles at",
 * "rescue * hostages" spells "rescued the last 20 hostages").
 * @example matchLength(words('took it back'), 0, ['took', '*', 'back']) // 3
 */
export function matchLength(words: readonly Word[], i: number, phrase: readonly string[]): number {
  const from = (k: number, j: number): number => {
    if (k === phrase.length) return j - i;
    if (phrase[k] !== '*') return words[j]?.text === phrase[k] ? from(k + 1, j + 1) : 0;
    for (let n = 1; n <= 3; n++) {
      if (words.slice(j, j + n).length < n || words.slice(j, j + n).some(isPunctuation)) return 0;
      const found = from(k + 1, j + n);
      if (found > 0) return found;
    }
    return 0;
  };
  return from(0, i);
}
