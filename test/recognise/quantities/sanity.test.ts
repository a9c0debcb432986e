import { describe, expect, it } from 'vitest';
import { QuantityMentionSchema } from '../../../src/model/schemas.js';
import { ARTICLE_PATHS, contextsOf, fakeContext, loadArticle, quantitiesIn } from './_articles.js';

const name = (path: string): string => (path.split('/').pop() ?? path).replace(/\.txt$/, '');

describe('over every sentence and infobox value of the fixture articles', () => {
  it('reads at least 30 real articles', () => {
    expect(ARTICLE_PATHS.length).toBeGreaterThanOrEqual(30);
  });

  it.each(ARTICLE_PATHS.map(name))('%s', async (article) => {
    const segmented = await loadArticle(article);
    for (const context of contextsOf(segmented)) {
      const started = performance.now();
      const found = quantitiesIn(context);
      expect(performance.now() - started).toBeLessThan(1000);
      let reached = context.offset;
      for (const mention of found) {
        QuantityMentionSchema.parse({ ...mention, id: 'm1' });
        // inside the words, in order, never overlapping one another
        expect(mention.span.start).toBeGreaterThanOrEqual(reached);
        expect(mention.span.end).toBeLessThanOrEqual(context.offset + context.text.length);
        reached = mention.span.end;
        const { low, best, high } = mention.value.count;
        if (low !== null && best !== null) expect(low).toBeLessThanOrEqual(best);
        if (best !== null && high !== null) expect(best).toBeLessThanOrEqual(high);
        expect(mention.value.head).toBe(mention.value.head.toLowerCase());
        expect(segmented.text.slice(mention.span.start, mention.span.end)).toContain(mention.value.unit);
      }
    }
  });
});

describe('odd text', () => {
  const runs: [string, string][] = [
    ['50,000 digits', '7'.repeat(50_000)],
    ['"a a a …"', 'a '.repeat(25_000)],
    ['digits and commas', '1,'.repeat(25_000)],
    ['qualifiers without numbers', 'more than '.repeat(5_000)],
    ['number words', 'twenty-one hundred and '.repeat(2_000)],
  ];

  it.each(runs)('reads %s in under a second without throwing', (_name, words) => {
    for (const where of ['prose', 'infobox'] as const) {
      const context = fakeContext(words, where);
      const started = performance.now();
      expect(() => quantitiesIn(context)).not.toThrow();
      expect(performance.now() - started).toBeLessThan(1000);
    }
  });
});
