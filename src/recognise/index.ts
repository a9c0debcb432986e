import type { DateInterval, Mention, SegmentedArticle, Span } from '../model/index.js';
import { dateline } from '../segment/index.js';
import type { MentionDraft, RecogniseContext, Recogniser } from './recogniser.js';

export type { MentionDraft, RecogniseContext, Recogniser } from './recogniser.js';
export { patternRecogniser, spanAt } from './recogniser.js';
export { nameRecognisers, abbreviates, abbreviationCost } from './names/index.js';

/** An article with what its words mention. */
export type RecognisedArticle = SegmentedArticle & { mentions: Mention[] };

const NAME_KINDS = new Set(['actor', 'person', 'place', 'group']);

/**
 * The recognise stage: every recogniser over every infobox value and prose sentence, in text order,
 * so that relative dates can anchor to what came before. Mentions get ids `m1`, `m2`… in text order.
 * `publicationDate`, a news report's day of publication, anchors "yesterday", "on Monday", "last week".
 * @example recognise(article, [...dateRecognisers, ...nameRecognisers(gazetteer)], referenceDate(article), publicationDate(article)).mentions
 */
export function recognise(article: SegmentedArticle, recognisers: readonly Recogniser[], referenceDate: DateInterval | null, publicationDate: DateInterval | null = null): RecognisedArticle {
  const drafts: MentionDraft[] = [];
  const base = { article, referenceDate, publicationDate };
  for (const field of article.infobox?.fields ?? []) {
    const context: RecogniseContext = { ...base, text: field.value, offset: field.span.start, sentenceIndex: null, sentence: null, infoboxField: `infobox:${field.label}`, earlier: drafts };
    drafts.push(...runAll(recognisers, context));
  }
  // "### 28 February": a heading's date dates the section's sentences that tell none (assemble reads it)
  const dateRecognisers = recognisers.filter((r) => r.name.startsWith('date:'));
  for (const section of article.sections) {
    if (section.backMatter) continue;
    const text = article.text.slice(section.span.start, section.span.end);
    const context: RecogniseContext = { ...base, text, offset: section.span.start, sentenceIndex: null, sentence: null, infoboxField: null, earlier: drafts };
    drafts.push(...runAll(dateRecognisers, context));
  }
  const filed = dateline(article);
  article.sentences.forEach((sentence, index) => {
    const text = article.text.slice(sentence.span.start, sentence.span.end);
    const context: RecogniseContext = { ...base, text, offset: sentence.span.start, sentenceIndex: index, sentence, infoboxField: null, earlier: drafts };
    const found = runAll(recognisers, context);
    drafts.push(...(filed ? found.filter((mention) => !datelineDate(mention, filed)) : found));
  });
  const mentions = drafts
    .sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end)
    .map((draft, i) => ({ ...draft, id: `m${i + 1}` }) as Mention);
  return { ...article, mentions };
}

// A news report's dateline ("KHARKIV, Ukraine, 12 March 2024 —") dates the report, and that day is
// `publicationDate`'s; as a mention it would date whatever follows it, or the events it anchors.
function datelineDate(mention: MentionDraft, filed: Span): boolean {
  return mention.kind === 'date' && mention.span.start >= filed.start && mention.span.end <= filed.end;
}

// Recognisers never throw on odd text (STYLE.md); one that does is a bug, reported with its name.
function runAll(recognisers: readonly Recogniser[], context: RecogniseContext): MentionDraft[] {
  const kept: MentionDraft[] = [];
  for (const recogniser of recognisers) {
    let found: MentionDraft[];
    try {
      found = recogniser.recognise(context);
    } catch (error) {
      throw new Error(`recogniser ${recogniser.name} failed on "${context.text.slice(0, 80)}"`, { cause: error });
    }
    for (const mention of found) if (!clashes(mention, kept)) kept.push(mention);
  }
  return kept.sort((a, b) => a.span.start - b.span.start);
}

// Two names over the same words: the earlier recogniser's wins. Other kinds clash only when identical.
function clashes(mention: MentionDraft, kept: readonly MentionDraft[]): boolean {
  const overlaps = (other: MentionDraft): boolean => mention.span.start < other.span.end && other.span.start < mention.span.end;
  if (NAME_KINDS.has(mention.kind)) return kept.some((other) => NAME_KINDS.has(other.kind) && overlaps(other));
  return kept.some((other) => other.kind === mention.kind && other.span.start === mention.span.start && other.span.end === mention.span.end);
}
export { ARMED_OPPOSITION_WORDS, CIVILIAN_NOUNS, UNIT_NAME_WORDS, GROUP_NOUNS, FORCE_NOUNS, UNARMED_PEOPLE, isPoliticalBody } from './names/_words.js';
export { countryCode } from './names/countryCode.js';
