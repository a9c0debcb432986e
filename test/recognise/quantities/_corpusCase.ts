import { expect } from 'vitest';
import type { Count } from '../../../src/model/index.js';
import { contextsOf, loadArticle, quantitiesIn, type QuantityDraft } from './_articles.js';

/**
 * One quantity as an article words it: the words exactly as its span covers them, the fixture
 * article (file name) they come from, where in it, and what must be read from them.
 */
export type CorpusCase = [
  words: string,
  article: string,
  where: 'prose' | 'infobox',
  low: number | null,
  best: number | null,
  high: number | null,
  qualifier: Count['qualifier'],
  unit: string,
  head: string,
];

/**
 * Finds `words` in the article (infobox values first, then sentences, as the stage reads them) and
 * checks the quantity whose span covers exactly those words.
 */
export async function expectCorpusCase(...[words, name, where, low, best, high, qualifier, unit, head]: CorpusCase): Promise<void> {
  const article = await loadArticle(name);
  const found: QuantityDraft[] = [];
  let seen = false;
  for (const context of contextsOf(article)) {
    if (!context.text.includes(words) || (context.sentenceIndex === null) !== (where === 'infobox')) continue;
    seen = true;
    found.push(...quantitiesIn(context));
    const match = found.find((m) => article.text.slice(m.span.start, m.span.end) === words);
    if (match) {
      expect({ ...match.value.count, unit: match.value.unit, head: match.value.head }).toEqual({ low, best, high, qualifier, unit, head });
      expect(match.sentence).toBe(context.sentenceIndex);
      return;
    }
  }
  expect(seen, `"${words}" is not in ${name}'s ${where}`).toBe(true);
  expect(found.map((m) => article.text.slice(m.span.start, m.span.end))).toContain(words);
}
