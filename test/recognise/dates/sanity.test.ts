import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MentionSchema } from '../../../src/model/schemas.js';
import { ARTICLE_FIXTURES, fixtureNames } from '../../helpers/fixtures.js';
import { DATE_FIXTURES, loadArticle, recogniseArticle } from './helpers.js';

// The repository's article fixtures and the corpus articles kept beside these tests: 32 in all.
const NAMES = [...fixtureNames(ARTICLE_FIXTURES), ...readdirSync(DATE_FIXTURES).filter((n) => /\.(txt|wiki)$/.test(n))]
  .map((name) => name.replace(/\.(txt|wiki)$/, ''))
  .sort();

describe('date recognisers over whole real articles', () => {
  it('read about thirty articles', () => expect(NAMES.length).toBeGreaterThanOrEqual(30));

  it.each(NAMES)('%s', async (name) => {
    const article = await loadArticle(name);
    const mentions = recogniseArticle(article);
    expect(mentions.length).toBeGreaterThan(0);
    const sorted = [...mentions].sort((a, b) => a.span.start - b.span.start);
    sorted.forEach((mention, index) => {
      MentionSchema.parse({ ...mention, id: `m${index}` });
      const { start, end } = mention.span;
      expect(0 <= start && start < end && end <= article.text.length, `span ${start}..${end}`).toBe(true);
      // A mention lies inside its sentence, or inside the infobox date value.
      const home = mention.sentence === null ? article.infobox?.fields.find((f) => f.key === 'date')?.span : article.sentences[mention.sentence]?.span;
      expect(home && home.start <= start && end <= home.end).toBe(true);
      // Mentions never overlap: each recogniser leaves the others' words alone.
      const next = sorted[index + 1];
      if (next) expect(next.span.start, `${article.text.slice(start, end)} / ${article.text.slice(next.span.start, next.span.end)}`).toBeGreaterThanOrEqual(end);
      if (mention.kind !== 'date') return;
      expect(mention.value.start <= mention.value.end).toBe(true);
      // A real day of the calendar: no 29 February 2017.
      for (const iso of [mention.value.start, mention.value.end]) expect(new Date(`${iso}T00:00:00Z`).toISOString().slice(0, 10)).toBe(iso);
      // A bare year is never a day.
      if (/^\d{4}(?:\s*[–-]\s*\d{2,4})?$/.test(article.text.slice(start, end))) expect(mention.value.precision).toBe('year');
    });
  });
});
