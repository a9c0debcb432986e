import { describe, expect, it } from 'vitest';
import type { SegmentedArticle } from '../../../src/model/index.js';
import type { MentionDraft } from '../../../src/recognise/recogniser.js';
import { absoluteDates } from './cases/absoluteDates.js';
import { relativeDates } from './cases/relativeDates.js';
import { timesAndDurations } from './cases/timesAndDurations.js';
import { described, loadArticle, recogniseArticle } from './helpers.js';

const found = new Map<string, { article: SegmentedArticle; mentions: MentionDraft[] }>();

// Each article is read, segmented and recognised once, sentence by sentence as the stage will.
async function recognised(name: string) {
  const cached = found.get(name);
  if (cached) return cached;
  const article = await loadArticle(name);
  const result = { article, mentions: recogniseArticle(article) };
  found.set(name, result);
  return result;
}

const CASES = [...absoluteDates, ...relativeDates, ...timesAndDurations];

describe('date recognisers on real article text', () => {
  it('has at least 60 cases', () => expect(CASES.length).toBeGreaterThanOrEqual(60));

  it.each(CASES)('%s: %s', async (name, words, expected) => {
    const { article, mentions } = await recognised(name);
    const at = article.text.indexOf(words);
    expect(at, `words not in ${name}`).toBeGreaterThanOrEqual(0);
    const inside = mentions.filter((m) => m.span.start >= at && m.span.end <= at + words.length);
    expect(inside.map((m) => described(article, m))).toEqual(expected);
  });
});
