import type { DateInterval, Mention, SegmentedArticle, Sentence } from '../model/index.js';

/** A mention before the recognise stage numbers it (`id` is given by the stage, in text order). */
export type MentionDraft = Mention extends infer M ? (M extends Mention ? Omit<M, 'id'> : never) : never;

/** What a recogniser sees: one sentence (or one infobox value) and what the article has said so far. */
export interface RecogniseContext {
  article: SegmentedArticle;
  /** The words under recognition and where they start in `article.text`. */
  text: string;
  offset: number;
  /** The sentence's index in `article.sentences`, or null for an infobox value. */
  sentenceIndex: number | null;
  sentence: Sentence | null;
  /** `infobox:<Label>` for an infobox value, otherwise null. */
  infoboxField: string | null;
  /** The article's reference date: infobox date, else its first full date in the text, else null. */
  referenceDate: DateInterval | null;
  /**
   * The day a news report was published (`publicationDate`): the only anchor of "yesterday", "on
   * Monday", "last week". Absent or null for a text without one, where those words stay undated.
   */
  publicationDate?: DateInterval | null;
  /** Mentions found in earlier sentences, in text order: relative dates anchor to these. */
  earlier: readonly MentionDraft[];
}

/**
 * One recogniser, in chrono's shape: a name, and a function that finds its mentions in one stretch
 * of words. It never throws on odd text; it returns nothing instead.
 */
export interface Recogniser {
  name: string;
  recognise(context: RecogniseContext): MentionDraft[];
}

/**
 * A recogniser made of one pattern and one extractor, for the common case.
 * @example patternRecogniser('quantity:digits', /\b\d+\b/g, (ctx, m) => …)
 */
export function patternRecogniser(
  name: string,
  pattern: RegExp,
  extract: (context: RecogniseContext, match: RegExpExecArray) => MentionDraft | null,
): Recogniser {
  if (!pattern.global) throw new Error(`recogniser ${name}: pattern must be global`);
  return {
    name,
    recognise(context) {
      const found: MentionDraft[] = [];
      // matchAll scans a copy of the pattern: an extract may run this recogniser again (a count that
      // counts on from the count before it) without moving the outer scan
      for (const match of context.text.matchAll(pattern)) {
        const mention = extract(context, match as RegExpExecArray);
        if (mention) found.push(mention);
      }
      return found;
    },
  };
}

/** The article-text span of `length` characters at `index` in the context's words. */
export function spanAt(context: RecogniseContext, index: number, length: number): { start: number; end: number } {
  return { start: context.offset + index, end: context.offset + index + length };
}
