import type { Article, Block, SegmentedArticle, Sentence, Span } from '../model/index.js';
import { dateline } from './dateline.js';
import { freshWink } from './_wink.js';
import { segmentStretch } from './sentences.js';

export { dateline } from './dateline.js';
export { segmentStretch } from './sentences.js';
export { freshWink } from './_wink.js';

/**
 * The segment stage: sentences and tokens of every prose paragraph and list item. Headings, infobox
 * lines, tables, back matter and converter debris yield none; a news report's dateline is a sentence
 * of its own.
 * @example segment(article).sentences[0] // { span: { start: 304, end: 517 }, tokens: [...] }
 */
export function segment(article: Article): SegmentedArticle {
  const sentences: Sentence[] = [];
  // nothing learned from earlier articles: what wink learns from one must not split the next one's words
  const nlp = freshWink();
  const filed = dateline(article);
  for (const block of article.blocks) {
    const stretches = filed && block.span.start === filed.start ? datelineStretches(article.text, block.span, filed) : proseStretches(article.text, block);
    for (const stretch of stretches) sentences.push(...segmentStretch(article.text, stretch, nlp));
  }
  return { ...article, sentences };
}

// "KHARKIV, Ukraine, 12 March 2024 — A Russian missile struck…": the dateline says where and when the
// report was filed, the first sentence what happened; one sentence of both would date the strike to
// the day of filing.
function datelineStretches(text: string, block: Span, filed: Span): Span[] {
  const blanks = /^\s*/.exec(text.slice(filed.end, block.end))?.[0].length ?? 0;
  return [filed, { start: filed.end + blanks, end: block.end }];
}

// A list item is its own stretch, without its bullet; a paragraph is one stretch.
function proseStretches(text: string, block: Block): Span[] {
  if (block.kind === 'prose') return [block.span];
  if (block.kind !== 'list') return [];
  const stretches: Span[] = [];
  let start = block.span.start;
  for (const line of text.slice(block.span.start, block.span.end).split('\n')) {
    const bullet = /^\s*(?:[*#•-]|\d+\.)?\s*/.exec(line)?.[0].length ?? 0;
    if (line.trim() !== '') stretches.push({ start: start + bullet, end: start + line.trimEnd().length });
    start += line.length + 1;
  }
  return stretches.filter((s) => s.end > s.start);
}
