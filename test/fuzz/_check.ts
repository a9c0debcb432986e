import { isAnnalsError, type Article, type Span } from '../../src/model/index.js';
import { ArticleSchema } from '../../src/model/schemas.js';
import type { Outcome } from './_budget.js';

/**
 * A reader's outcome is acceptable when it is valid articles whose spans lie in their text and
 * cover exactly the words they name, or an AnnalsError; anything else is thrown, so fast-check shrinks it.
 */
export function expectReadOrRefused(target: string, outcome: Outcome<readonly Article[]>): void {
  if (!outcome.ok) {
    if (isAnnalsError(outcome.error)) return;
    throw new Error(`${target} let an untyped error escape: ${describeError(outcome.error)}`, { cause: outcome.error });
  }
  for (const article of outcome.value) checkArticle(article);
}

/** Every span of an article inside its text; titles, headings and infobox values exactly where their spans say. */
export function checkArticle(article: Article): void {
  ArticleSchema.parse(article);
  const { text } = article;
  const inside = (span: Span, what: string): void => {
    if (!(span.start >= 0 && span.start <= span.end && span.end <= text.length)) throw new Error(`${what} span ${span.start}–${span.end} is outside the text (${text.length} chars)`);
  };
  const exact = (span: Span, words: string, what: string): void => {
    inside(span, what);
    if (text.slice(span.start, span.end) !== words) throw new Error(`${what} span covers ${JSON.stringify(text.slice(span.start, span.end))}, not ${JSON.stringify(words)}`);
  };
  exact(article.titleSpan, article.title, 'title');
  for (const field of article.infobox?.fields ?? []) exact(field.span, field.value, `infobox field ${field.key}`);
  for (const section of article.sections) {
    exact(section.span, section.title, 'section heading');
    inside(section.extent, 'section extent');
  }
  for (const block of article.blocks) inside(block.span, `${block.kind} block`);
  for (const link of article.links) inside(link.span, 'link');
}

/** Any thrown value as one line: its class, code if any, and message. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return `non-Error ${typeof error} ${String(error)}`;
  const code = (error as { code?: unknown }).code;
  return `${error.constructor.name}${code === undefined ? '' : ` (${String(code)})`}: ${error.message.split('\n')[0]}`;
}
