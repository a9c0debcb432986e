import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, QuantityMention, SegmentedArticle } from '../../../src/model/index.js';
import { readArticles } from '../../../src/read/index.js';
import type { RecogniseContext } from '../../../src/recognise/recogniser.js';
import { quantityRecognisers } from '../../../src/recognise/quantities/index.js';
import { segment, segmentStretch } from '../../../src/segment/index.js';
import { ARTICLE_FIXTURES } from '../../helpers/fixtures.js';

export type QuantityDraft = Omit<QuantityMention, 'id'>;

/** Corpus articles kept beside the repository's fixtures for these tests (see fixtures/SOURCES.tsv). */
export const QUANTITY_FIXTURES = new URL('./fixtures/', import.meta.url).pathname;

/** The ~30 real articles these tests read: the repository's plain and Markdown fixtures, and ours. */
export const ARTICLE_PATHS: readonly string[] = [
  ...readdirSync(ARTICLE_FIXTURES).filter((name) => name.endsWith('.txt')).map((name) => join(ARTICLE_FIXTURES, name)),
  ...readdirSync(QUANTITY_FIXTURES).filter((name) => name.endsWith('.txt')).map((name) => join(QUANTITY_FIXTURES, name)),
].sort();

const loaded = new Map<string, SegmentedArticle>();

/** An article by file name without `.txt` ("Bombardment_of_Gao"), read and segmented once. */
export async function loadArticle(name: string): Promise<SegmentedArticle> {
  const path = ARTICLE_PATHS.find((p) => p.endsWith(`/${name}.txt`));
  if (!path) throw new Error(`no fixture article ${name}`);
  const cached = loaded.get(path);
  if (cached) return cached;
  const { articles } = await readArticles(readFileSync(path), path);
  const article = segment(articles[0] as Article);
  loaded.set(path, article);
  return article;
}

/** The contexts the recognise stage gives an article: each infobox value, then each sentence. */
export function contextsOf(article: SegmentedArticle): RecogniseContext[] {
  const base = { article, referenceDate: null, earlier: [] };
  const fields = (article.infobox?.fields ?? []).map((field) => ({
    ...base, text: field.value, offset: field.span.start, sentenceIndex: null, sentence: null, infoboxField: `infobox:${field.label}`,
  }));
  const sentences = article.sentences.map((sentence, index) => ({
    ...base, text: article.text.slice(sentence.span.start, sentence.span.end), offset: sentence.span.start,
    sentenceIndex: index, sentence, infoboxField: null,
  }));
  return [...fields, ...sentences];
}

/** Every quantity recogniser's mentions in one context, in text order. */
export function quantitiesIn(context: RecogniseContext): QuantityDraft[] {
  return quantityRecognisers
    .flatMap((r) => r.recognise(context))
    .filter((m): m is QuantityDraft => m.kind === 'quantity')
    .sort((a, b) => a.span.start - b.span.start);
}

/** A one-sentence article (or a one-field infobox) with the tokens segmentation would give it. */
export function fakeContext(words: string, where: 'prose' | 'infobox' = 'prose'): RecogniseContext {
  const head = '= Test =\n\nInfobox\n- Casualties2: ';
  const text = where === 'infobox' ? `${head}${words}\n` : `= Test =\n\n${words}\n`;
  const offset = text.indexOf(words);
  const span = { start: offset, end: offset + words.length };
  const tokens = segmentStretch(text, span).flatMap((s) => s.tokens ?? []);
  const sentence = where === 'prose' ? { span, tokens } : null;
  const article: SegmentedArticle = {
    id: '0'.repeat(64), title: 'Test', titleSpan: { start: 2, end: 6 }, format: 'plain', source: 'test', text,
    infobox: where === 'infobox' ? { kind: 'military conflict', fields: [{ key: 'casualties2', label: 'Casualties2', value: words, span }] } : null,
    sections: [], blocks: where === 'prose' ? [{ kind: 'prose', span }] : [], links: [], sentences: sentence ? [sentence] : [],
  };
  return {
    article, text: words, offset, sentenceIndex: sentence ? 0 : null, sentence,
    infoboxField: sentence ? null : 'infobox:Casualties2', referenceDate: null, earlier: [],
  };
}
