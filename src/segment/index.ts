import type { Article, Block, SegmentedArticle, Sentence, Span } from '../model/index.js';
import { segmentStretch } from './sentences.js';

export { segmentStretch } from './sentences.js';

/**
 * The segment stage: sentences and tokens of every prose paragraph and list item. Headings, infobox
 * lines, tables, back matter and converter debris yield none.
 * @example segment(article).sentences[0] // { span: { start: 304, end: 517 }, tokens: [...] }
 */
export function segment(article: Article): SegmentedArticle {
  const sentences: Sentence[] = [];
  for (const block of article.blocks) {
    for (const stretch of proseStretches(article.text, block)) sentences.push(...segmentStretch(article.text, stretch));
  }
  return { ...article, sentences };
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
