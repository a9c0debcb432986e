import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DateInterval, SegmentedArticle } from '../../../src/model/index.js';
import { readArticles } from '../../../src/read/index.js';
import { dateRecognisers, referenceDate } from '../../../src/recognise/dates/index.js';
import type { MentionDraft, RecogniseContext } from '../../../src/recognise/recogniser.js';
import { segment } from '../../../src/segment/index.js';
import { ARTICLE_FIXTURES } from '../../helpers/fixtures.js';

/** Corpus articles this folder keeps beside the repository's fixtures (see fixtures/SOURCES.tsv). */
export const DATE_FIXTURES = new URL('./fixtures/', import.meta.url).pathname;

const HEAD = '= Test article =\n\nInfobox\n- Date: ';

/**
 * A one-sentence article in the seed's layout: its title, an infobox date, and `sentence` as its
 * only sentence; enough for a recogniser to see what a real one sees.
 */
export function fakeArticle(sentence: string, options: { title?: string; infoboxDate?: string } = {}): SegmentedArticle {
  const title = options.title ?? 'Test article';
  const head = HEAD.replace('Test article', title);
  const date = options.infoboxDate ?? '';
  const text = `${head}${date}\n\n${sentence}\n`;
  const dateStart = head.length;
  const sentenceStart = dateStart + date.length + 2;
  return {
    id: '0'.repeat(64), title, titleSpan: { start: 2, end: 2 + title.length }, format: 'plain', source: 'test', text,
    infobox: { kind: 'military conflict', fields: [{ key: 'date', label: 'Date', value: date, span: { start: dateStart, end: dateStart + date.length } }] },
    sections: [], blocks: [{ kind: 'prose', span: { start: sentenceStart, end: sentenceStart + sentence.length } }], links: [],
    sentences: [{ span: { start: sentenceStart, end: sentenceStart + sentence.length } }],
  };
}

/**
 * The context of `fakeArticle`'s sentence; the reference date is its infobox date's unless given,
 * and it has a day of publication only when given one.
 */
export function sentenceContext(
  sentence: string,
  options: { title?: string; infoboxDate?: string; referenceDate?: DateInterval | null; publicationDate?: DateInterval | null; earlier?: MentionDraft[] } = {},
): RecogniseContext {
  const article = fakeArticle(sentence, options);
  const span = article.sentences[0]?.span ?? { start: 0, end: 0 };
  return {
    article, text: sentence, offset: span.start, sentenceIndex: 0, sentence: article.sentences[0] ?? null,
    infoboxField: null, referenceDate: options.referenceDate === undefined ? referenceDate(article) : options.referenceDate,
    publicationDate: options.publicationDate ?? null, earlier: options.earlier ?? [],
  };
}

/** The context of `fakeArticle`'s infobox date value. */
export function infoboxContext(value: string): RecogniseContext {
  const article = fakeArticle('', { infoboxDate: value });
  const field = article.infobox?.fields[0];
  return {
    article, text: value, offset: field?.span.start ?? 0, sentenceIndex: null, sentence: null,
    infoboxField: 'infobox:Date', referenceDate: null, earlier: [],
  };
}

/** Every date recogniser's mentions in one context, in text order. */
export function recognise(context: RecogniseContext): MentionDraft[] {
  return dateRecognisers.flatMap((r) => r.recognise(context)).sort((a, b) => a.span.start - b.span.start);
}

/**
 * What the recognise stage will do with an article's dates: its infobox date value, then every
 * sentence in order, each seeing the mentions before it.
 */
export function recogniseArticle(article: SegmentedArticle): MentionDraft[] {
  const reference = referenceDate(article);
  const found: MentionDraft[] = [];
  const field = article.infobox?.fields.find((f) => f.key === 'date');
  const base = { article, referenceDate: reference, sentence: null, sentenceIndex: null };
  if (field) found.push(...recognise({ ...base, text: field.value, offset: field.span.start, infoboxField: `infobox:${field.label}`, earlier: [] }));
  for (const [index, sentence] of article.sentences.entries()) {
    const text = article.text.slice(sentence.span.start, sentence.span.end);
    found.push(...recognise({ ...base, text, offset: sentence.span.start, sentenceIndex: index, sentence, infoboxField: null, earlier: [...found] }));
  }
  return found;
}

const cache = new Map<string, SegmentedArticle>();

/** A real article by file name without extension, from this folder's fixtures or the repository's. */
export async function loadArticle(name: string): Promise<SegmentedArticle> {
  const cached = cache.get(name);
  if (cached) return cached;
  const candidates = [ARTICLE_FIXTURES, DATE_FIXTURES].flatMap((folder) => ['txt', 'wiki'].map((ext) => join(folder, `${name}.${ext}`)));
  const path = candidates.find((p) => existsSync(p));
  if (!path) throw new Error(`no fixture article ${name}`);
  const { articles } = await readArticles(readFileSync(path), path);
  const article = articles[0];
  if (!article) throw new Error(`fixture ${name} holds no article`);
  const segmented = segment(article);
  cache.set(name, segmented);
  return segmented;
}

/** A mention as a test states it: its words, and the fields a table lists. */
export function described(article: SegmentedArticle, mention: MentionDraft): Record<string, unknown> {
  const text = article.text.slice(mention.span.start, mention.span.end);
  const fields: Record<string, unknown> = { text, kind: mention.kind, value: mention.value };
  if (mention.kind === 'date') Object.assign(fields, { stated: mention.stated, anchor: mention.anchor });
  return fields;
}
