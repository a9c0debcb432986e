import type { Token } from '../../model/index.js';
import type { RecogniseContext } from '../recogniser.js';
import { segmentStretch } from '../../segment/index.js';

/** A word of the context with its part of speech; offsets are into `context.text`. */
export interface Word {
  start: number;
  end: number;
  text: string;
  /** wink-nlp's tag (NOUN, PROPN, ADJ, VERB, NUM, …); a hyphenated compound has its last part's. */
  pos: string;
  /** Made of hyphen-joined parts: "laser-guided", "air-to-surface". */
  compound: boolean;
}

// Every recogniser of the family reads the same context: tag it once.
const cache = new WeakMap<RecogniseContext, Word[]>();

/**
 * The context's words, tagged: the sentence's own tokens, or wink-nlp run over an infobox value.
 * @example wordsOf(context).map((w) => w.text) // ['twelve', 'laser-guided', 'bombs', …]
 */
export function wordsOf(context: RecogniseContext): Word[] {
  const cached = cache.get(context);
  if (cached) return cached;
  const end = context.offset + context.text.length;
  const own = context.sentence?.tokens?.filter((t) => t.span.start >= context.offset && t.span.end <= end);
  const tokens = own?.length
    ? own.map((t) => ({ ...t, span: { start: t.span.start - context.offset, end: t.span.end - context.offset } }))
    : segmentStretch(context.text, { start: 0, end: context.text.length }).flatMap((s) => s.tokens ?? []);
  const words = joinCompounds(context.text, tokens);
  cache.set(context, words);
  return words;
}

// wink splits "laser-guided" into laser / - / guided; a hyphen with no space either side joins them.
function joinCompounds(text: string, tokens: readonly Token[]): Word[] {
  const words: Word[] = [];
  for (const token of tokens) {
    const last = words[words.length - 1];
    const piece = text.slice(token.span.start, token.span.end);
    // and "U.S" + "." is one word, not the end of a sentence
    const joins = piece === '-' || last?.text.endsWith('-') || (piece === '.' && /^(?:\p{L}\.)+\p{L}$/u.test(last?.text ?? ''));
    if (last && last.end === token.span.start && joins) {
      last.end = token.span.end;
      last.text += piece;
      last.compound ||= piece !== '.';
      if (piece !== '-' && piece !== '.') last.pos = token.pos;
    } else {
      // an acronym is a name even where it spells a word: "destroying 104 IS vehicles"
      // and so is a designation: "10 Leopard 2A4s"
      const pos = /^\p{Lu}{2,}s?$|^\d+\p{Lu}[\p{L}\d]*$/u.test(piece) ? 'PROPN' : token.pos;
      words.push({ start: token.span.start, end: token.span.end, text: piece, pos, compound: false });
    }
  }
  return words;
}

/**
 * The index of the first word starting at or after `offset`, or `words.length` (binary search).
 * @example firstWordFrom(wordsOf(context), 6) // the index of "laser-guided" in "twelve laser-guided bombs"
 */
export function firstWordFrom(words: readonly Word[], offset: number): number {
  let [low, high] = [0, words.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((words[middle] as Word).start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The word ending exactly at `offset`, if any.
 * @example wordEndingAt(wordsOf(context), 10)?.text // 'Resolution' in "Resolution 2085"
 */
export function wordEndingAt(words: readonly Word[], offset: number): Word | undefined {
  const word = words[firstWordFrom(words, offset) - 1];
  return word?.end === offset ? word : undefined;
}
