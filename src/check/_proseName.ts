import type { NameMention, Span } from '../model/index.js';
import type { CheckContext } from './checkContext.js';
import { sameTransliteratedName } from './_nameLikeness.js';

/** One name an infobox field lists. */
export interface NameItem {
  text: string;
  entity: string | null;
  /** What the recognisers read it as; null when no name was read and the words stand alone. */
  kind: NameMention['kind'] | null;
}

/**
 * Where the prose names an infobox item: a prose mention of the same entity — the item's own words
 * first (with the acronym's definition around them: "Movement for Oneness and Jihad in West Africa
 * (MOJWA)"), then a longer name, then any name, then a group noun tied to it — else the item's exact
 * words in a sentence, else for a person another transliteration of the name ("Qassem Saadeddine" for
 * "Kassem Saadeddin"). Null when the prose never names it.
 * @example proseName(context, { text: 'MOJWA', entity: 'e5', kind: 'actor' }) // span of "Movement for Oneness and Jihad in West Africa (MOJWA)"
 */
export function proseName(context: CheckContext, item: NameItem): Span | null {
  const { article } = context;
  const words = (m: NameMention): string => article.text.slice(m.span.start, m.span.end);
  const same = item.entity === null ? [] : proseNames(context).filter((m) => m.entity === item.entity);
  const rank = (m: NameMention): number => {
    if (words(m).toLowerCase() === item.text.toLowerCase()) return 0;
    if (m.kind === 'group') return 3;
    return words(m).includes(' ') ? 1 : 2;
  };
  const best = same.reduce<NameMention | null>((b, m) => (b === null || rank(m) < rank(b) ? m : b), null);
  if (best) return rank(best) === 0 ? withDefinition(article.text, best, same) : best.span;
  return exactWords(context, item.text) ?? (item.kind === 'person' ? otherSpelling(context, item.text) : null);
}

// Runs of capitalised words as long as the name, read straight from the sentences: the recognisers
// may not have read the other spelling as a name at all.
function otherSpelling(context: CheckContext, name: string): Span | null {
  const size = name.trim().split(/\s+/).length;
  const { text, sentences } = context.article;
  const capitalised = capitalisedWords(context.article);
  for (const [s, sentence] of sentences.entries()) {
    const words = capitalised[s] ?? [];
    for (let i = 0; i + size <= words.length; i++) {
      const first = words[i];
      const last = words[i + size - 1];
      if (first?.index === undefined || last?.index === undefined) continue;
      const span = { start: sentence.span.start + first.index, end: sentence.span.start + last.index + last[0].length };
      const run = text.slice(span.start, span.end);
      if (!/^[\p{L}'’-]+(?: [\p{L}'’-]+)*$/u.test(run)) continue;
      if (sameTransliteratedName(run, name)) return span;
    }
  }
  return null;
}

// Each sentence's capitalised words, read once per article: every listed person the prose does not
// name otherwise is looked for among them.
const capitalisedByArticle = new WeakMap<CheckContext['article'], RegExpExecArray[][]>();

function capitalisedWords(article: CheckContext['article']): RegExpExecArray[][] {
  let found = capitalisedByArticle.get(article);
  if (!found) {
    found = article.sentences.map((sentence) => [...article.text.slice(sentence.span.start, sentence.span.end).matchAll(/\p{Lu}[\p{L}'’-]+/gu)]);
    capitalisedByArticle.set(article, found);
  }
  return found;
}

// The prose's names in order, gathered once per check context: every listed item asks for them.
const namesByContext = new WeakMap<CheckContext, readonly NameMention[]>();

function proseNames(context: CheckContext): readonly NameMention[] {
  let names = namesByContext.get(context);
  if (!names) namesByContext.set(context, (names = context.article.sentences.flatMap((_, i) => context.namesIn(i))));
  return names;
}

// "Long Form (SHORT)" or "SHORT (Long Form)": the definition is the fullest evidence for either form.
function withDefinition(text: string, mention: NameMention, same: readonly NameMention[]): Span {
  const before = same.find((m) => m.sentence === mention.sentence && /^\s*\($/.test(text.slice(m.span.end, mention.span.start)));
  if (before && text[mention.span.end] === ')') return { start: before.span.start, end: mention.span.end + 1 };
  const after = same.find((m) => m.sentence === mention.sentence && /^\s*\($/.test(text.slice(mention.span.end, m.span.start)));
  if (after && text[after.span.end] === ')') return { start: mention.span.start, end: after.span.end + 1 };
  return mention.span;
}

// The recognisers may miss a name in prose that the infobox spells out; its exact words still count,
// in any case when there are several ("the al-Nusra Front" for "Al-Nusra Front"). One scan of the whole
// text, not one per sentence: a field's items were each searched sentence by sentence, the check
// stage's largest cost.
function exactWords(context: CheckContext, words: string): Span | null {
  if (words.trim().length < 2) return null;
  const { text, sentences } = context.article;
  const escaped = words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(escaped, words.includes(' ') ? 'giu' : 'gu');
  for (let found = pattern.exec(text); found; found = pattern.exec(text)) {
    const start = found.index;
    const end = start + found[0].length;
    const sentence = sentenceHolding(sentences, start);
    // whole words within one sentence: a sentence's edge is a word's edge
    const wordStart = sentence !== null && (start === sentence.start || !WORD_CHAR.test(text[start - 1] ?? ''));
    const wordEnd = sentence !== null && end <= sentence.end && (end === sentence.end || !WORD_CHAR.test(text[end] ?? ''));
    if (wordStart && wordEnd) return { start, end };
    // past the match's first character, whole: a /u search resumed inside a surrogate pair starts
    // again at the pair, which found the same match forever
    pattern.lastIndex = start + ((text.codePointAt(start) ?? 0) > 0xffff ? 2 : 1);
  }
  return null;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

// The span of the sentence that holds an offset (sentences are in text order and do not overlap).
function sentenceHolding(sentences: readonly { span: Span }[], offset: number): Span | null {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const span = sentences[mid]?.span;
    if (!span) return null;
    if (offset < span.start) hi = mid - 1;
    else if (offset >= span.end) lo = mid + 1;
    else return span;
  }
  return null;
}
