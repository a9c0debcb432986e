import { describe, expect, it } from 'vitest';
import { AnnalsError, type Extraction } from '../../src/model/index.js';
import { storeOn } from '../../src/store/storeOn.js';
import { failingAt } from './_failingBackend.js';
import { must } from './_must.js';
import { expectedCounts } from './_oracle.js';
import type { SuiteContext } from './_storeSuite.js';

const CHILD_TABLES = ['entities', 'aliases', 'events', 'event_actors', 'evidence', 'movements', 'legs', 'checks'];

const firstEvent = (x: Extraction) => must(x.events[0], 'event');

// Each way an article can be unfit to store, applied to a copy.
const CORRUPTIONS: [string, (x: Extraction) => void][] = [
  ['an event naming an entity the article lacks', (x) => void (firstEvent(x).actor1 = 'e999')],
  ['a leg at a place the article lacks', (x) => void (must(x.movements[0]?.legs[0], 'leg').place = 'e999')],
  ['evidence beyond the text', (x) => void (firstEvent(x).evidence = [{ start: 0, end: x.text.length + 1 }])],
  ['two events with one id', (x) => void (must(x.events[1], 'second event').id = firstEvent(x).id)],
  ['a NUL character in the notes', (x) => void (firstEvent(x).notes = 'a\u0000b')],
  ['no title', (x) => void ((x as Partial<Extraction>).title = undefined)],
  ['an unknown event type', (x) => void ((firstEvent(x) as { event_type: string }).event_type = 'Skirmish')],
];

export function savingTests(ctx: SuiteContext): void {
  describe('saving', () => {
    it('stores a new batch, one outcome per article, every record in its table', async () => {
      expect(await ctx.store.saveArticles(ctx.originals)).toEqual(ctx.originals.map(() => 'stored'));
      expect(await ctx.store.counts()).toEqual(expectedCounts(ctx.originals));
    });

    it('leaves a re-saved article with the same content hash alone', async () => {
      const before = await ctx.store.articles();
      expect(await ctx.store.saveArticles(ctx.originals)).toEqual(ctx.originals.map(() => 'unchanged'));
      expect(await ctx.store.articles()).toEqual(before);
    });

    it('replaces every record of a source whose content changed, leaving no orphans', async () => {
      expect(await ctx.store.saveArticles([ctx.edited])).toEqual(['replaced']);
      expect(await ctx.store.article(ctx.seed.id)).toBeNull();
      expect(await ctx.store.article(ctx.edited.id)).toEqual(ctx.edited);
      expect(await ctx.store.counts()).toEqual(expectedCounts(ctx.current()));
      for (const table of CHILD_TABLES) {
        const [orphans] = await ctx.backend.query<{ n: number }>(`select count(*)::integer as n from ${table} where article_key not in (select key from articles)`);
        expect(orphans?.n, table).toBe(0);
      }
    });

    it('keeps the last copy when a batch names a source twice', async () => {
      expect(await ctx.store.saveArticles([ctx.edited, ctx.seed, ctx.edited])).toEqual(['unchanged', 'replaced', 'replaced']);
      expect(await ctx.store.counts()).toEqual(expectedCounts(ctx.current()));
      expect(await ctx.store.article(ctx.edited.id)).toEqual(ctx.edited);
    });

    it.each(CORRUPTIONS)('refuses %s, naming the article, and writes nothing of the batch', async (_, corrupt) => {
      const before = await ctx.store.counts();
      const newcomer = { ...ctx.edited, source: 'elsewhere/Bombardment_of_Gao.txt' };
      const bad = structuredClone(must(ctx.originals.find((x) => x.movements.length > 0 && x.events.length > 1), 'article with movements and events'));
      corrupt(bad);
      const saving = ctx.store.saveArticles([newcomer, bad]);
      await expect(saving).rejects.toThrow(AnnalsError);
      await expect(saving).rejects.toThrow(bad.source);
      expect(await ctx.store.counts()).toEqual(before);
    });

    it.each([1, 2, 3, 4, 5, 7, 9, 12])('keeps the previous state when a batch is interrupted at statement %i', async (nth) => {
      const before = await ctx.store.counts();
      const newcomer = { ...ctx.seed, source: 'elsewhere/Bombardment_of_Gao.txt' };
      await expect(storeOn(failingAt(ctx.backend, nth)).saveArticles([ctx.seed, newcomer])).rejects.toThrow(`interrupted at statement ${nth}`);
      expect(await ctx.store.counts()).toEqual(before);
      expect(await ctx.store.article(ctx.edited.id)).toEqual(ctx.edited);
      expect((await ctx.store.articles()).map((a) => a.source)).not.toContain(newcomer.source);
    });
  });
}
