import { expect } from 'vitest';
import { type Article, type SegmentedArticle } from '../../src/model/index.js';
import { ArticleSchema } from '../../src/model/schemas.js';

/** Every span of an article is in bounds and covers exactly the words it claims. */
export function expectSpansExact(article: Article | SegmentedArticle): void {
  ArticleSchema.parse(article);
  const { text } = article;
  const inBounds = (s: { start: number; end: number }): boolean => s.start >= 0 && s.end <= text.length && s.start <= s.end;
  expect(text.slice(article.titleSpan.start, article.titleSpan.end)).toBe(article.title);
  for (const field of article.infobox?.fields ?? []) {
    expect(inBounds(field.span)).toBe(true);
    expect(text.slice(field.span.start, field.span.end)).toBe(field.value);
  }
  for (const section of article.sections) {
    expect(text.slice(section.span.start, section.span.end)).toBe(section.title);
    expect(inBounds(section.extent)).toBe(true);
  }
  for (const block of article.blocks) expect(inBounds(block.span)).toBe(true);
  for (const link of article.links) {
    expect(inBounds(link.span)).toBe(true);
    expect(text.slice(link.span.start, link.span.end).trim()).not.toBe('');
  }
  if ('sentences' in article) {
    for (const sentence of article.sentences) {
      expect(inBounds(sentence.span)).toBe(true);
      const words = text.slice(sentence.span.start, sentence.span.end);
      expect(words).toBe(words.trim());
      expect(words).not.toMatch(/^(=+) .* \1$|^Infobox\n- /m); // no heading or infobox line inside a sentence
      for (const token of sentence.tokens ?? []) expect(inBounds(token.span)).toBe(true);
    }
  }
}
