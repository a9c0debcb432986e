import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkHere, linkStore } from '../../src/link/index.js';
import type { Extraction } from '../../src/model/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import { extract, extractEdited, SEED } from '../store/_extractions.js';
import { postgresTitle, skipPostgres, testSchema } from '../store/_postgres.js';
import { linkSnapshot } from './_snapshot.js';

const SERVAL = 'fixtures/articles/Operation_Serval.txt';
const MALI = [SEED, SERVAL, 'fixtures/articles/Battle_of_Boulikessi.txt', 'fixtures/articles/MINUSMA_super_camp_attack.txt'];
const OTHER = 'fixtures/articles/Fall_of_Mosul.txt';

let articles: Extraction[];
beforeAll(async () => {
  articles = await extract(...MALI, OTHER);
}, 120_000);

// The same calls on both backends: the link tables, their readers and the conflict filter.
function describeLinks(title: string, open: () => Promise<{ store: Store; dispose: () => Promise<void> }>, skip = false): void {
  describe.skipIf(skip)(title, () => {
    let store: Store;
    let dispose: () => Promise<void>;
    beforeAll(async () => {
      ({ store, dispose } = await open());
      await store.saveArticles(articles);
      await linkStore(store);
    }, 120_000);
    afterAll(async () => dispose());

    it('lists canonical entities with article and event counts, filtered by kind and words', async () => {
      const france = (await store.entities({ kind: 'state', q: 'french' })).find((e) => e.name === 'France');
      expect(france).toMatchObject({ kind: 'state', country: 'FR' });
      expect(france?.articles).toBeGreaterThanOrEqual(2);
      expect(france?.events).toBeGreaterThan(0);
      expect((await store.entities({ named: true })).every((e) => !e.generic)).toBe(true);
      await expect(store.entities({ kind: 'tribe' as never })).rejects.toThrow(/kind "tribe"/);
    });

    it('explains every member of an entity: rule, shared key, the member it matched, aliases', async () => {
      const [mojwa] = await store.entities({ q: 'Movement for Oneness' });
      const detail = await store.entity(mojwa?.id ?? '');
      expect(detail?.members.map((m) => m.article.title).sort()).toEqual(['Bombardment of Gao', 'Operation Serval']);
      const joined = detail?.members.find((m) => m.rule !== 'first');
      expect(joined?.evidence?.with.article.title).toMatch(/Bombardment of Gao|Operation Serval/);
      expect(detail?.members.flatMap((m) => m.aliases.map((a) => a.text))).toContain('Movement for Oneness and Jihad in West Africa');
      expect(await store.entity('E0000000000')).toBeNull();
    });

    it('streams linked events with every source, their conflict and its root', async () => {
      const linked = [];
      for await (const e of store.linkedEvents({ minSources: 2, actor: 'MOJWA' })) linked.push(e);
      expect(linked).toHaveLength(1);
      expect(linked[0]).toMatchObject({ number_of_sources: 2, date: { start: '2013-01-13', end: '2013-01-13' }, conflict: { root: { name: 'Mali War' } } });
      const all = [];
      for await (const e of store.linkedEvents({ limit: 5 })) all.push(e);
      const rest = [];
      for await (const e of store.linkedEvents({ after: all.at(-1)?.cursor ?? '' })) rest.push(e);
      let count = 0;
      for await (const e of store.linkedEvents()) count += Number(e.number_of_sources > 0);
      expect(all.length + rest.length).toBe(count);
    });

    it('builds the conflict tree, filters events by conflict, and names the root for UCDP', async () => {
      const tree = await store.conflicts();
      const mali = tree.find((c) => c.name === 'Mali War');
      expect(mali).toMatchObject({ parent_id: null, depth: 0 });
      expect(tree.filter((c) => c.parent_id === mali?.id).map((c) => c.name).sort()).toEqual(['Battle of Boulikessi', 'Bombardment of Gao', 'Operation Serval']);
      // MINUSMA's attack is part of the "Northern Mali conflict", another root
      const underMali = articles.filter((a) => ['Bombardment of Gao', 'Operation Serval', 'Battle of Boulikessi'].includes(a.title)).reduce((n, a) => n + a.events.length, 0);
      expect(mali?.events).toBe(underMali);
      const titles: string[] = [];
      for await (const e of store.events({ conflict: 'the Mali War' })) titles.push(e.article.title);
      expect(titles).toHaveLength(underMali);
      expect([...new Set(titles)].sort()).toEqual(['Battle of Boulikessi', 'Bombardment of Gao', 'Operation Serval']);
      expect(await store.conflictOf(SEED)).toMatchObject({ name: 'Bombardment of Gao', path: [{ name: 'Mali War' }, { name: 'Bombardment of Gao' }] });
      expect(await store.conflictOf('no/such/article.txt')).toBeNull();
      // what the UCDP export names the conflict by (issue 19)
      expect((await store.articleFacts(SEED))?.conflict).toEqual(await store.conflictOf(SEED));
    });

    it("reads an entity's events, finds an entity by a member, and pages entities by id", async () => {
      const [mojwa] = await store.entities({ q: 'Movement for Oneness' });
      const events = [];
      for await (const e of store.events({ entity: mojwa?.id ?? '' })) events.push(e);
      expect(events).toHaveLength(mojwa?.events ?? -1);
      expect(events.every((e) => [e.actor1, e.actor2, e.location, ...e.assoc_actors].some((a) => a?.name === 'MOJWA' || a?.aliases.includes('MOJWA')))).toBe(true);
      const seed = articles.find((a) => a.title === 'Bombardment of Gao');
      const local = seed?.entities.find((e) => e.name === 'MOJWA');
      expect((await store.entity(`${seed?.id}-${local?.id}`))?.id).toBe(mojwa?.id);
      expect(await store.entity(`${seed?.id}-e9999`)).toBeNull();
      const all = await store.entities();
      const paged = [...(await store.entities({ limit: 7 }))];
      while (paged.length < all.length) paged.push(...(await store.entities({ limit: 7, after: paged.at(-1)?.id ?? '' })));
      expect(paged.map((e) => e.id)).toEqual(all.map((e) => e.id));
      await expect(store.entities({ after: 'E0000000000' })).rejects.toThrow(/after "E0000000000"/);
    });

    it('finds the linked event that holds an event, and the articles under a conflict', async () => {
      const seed = articles.find((a) => a.title === 'Bombardment of Gao');
      const linked = [];
      for await (const e of store.linkedEvents({ event: `${seed?.id}-v1` })) linked.push(e);
      expect(linked).toHaveLength(1);
      expect(linked[0]?.sources.map((s) => s.article.title).sort()).toEqual(['Bombardment of Gao', 'Operation Serval']);
      expect(linked[0]?.sources.find((s) => s.article.id === seed?.id)?.event_id).toBe('v1');
      const none = [];
      for await (const e of store.linkedEvents({ event: `${seed?.id}-v999` })) none.push(e);
      expect(none).toEqual([]);
      expect((await store.articles({ conflict: 'Mali War' })).map((a) => a.title)).toEqual(['Battle of Boulikessi', 'Bombardment of Gao', 'Operation Serval']);
      expect(await store.articles({ conflict: 'no such war' })).toEqual([]);
    });

    it('knows when the links are stale, drops a replaced article from them, and relinks it', async () => {
      expect((await store.linkStatus()).stale).toBe(false);
      const edited = await extractEdited(SERVAL, 'Operation Serval', 'Operation  Serval');
      await store.saveArticles([edited]);
      expect((await store.linkStatus()).stale).toBe(true);
      const [mojwa] = await store.entities({ q: 'Movement for Oneness' });
      expect((await store.entity(mojwa?.id ?? ''))?.members.map((m) => m.article.title)).toEqual(['Bombardment of Gao']);
      await linkStore(store);
      expect((await store.linkStatus()).stale).toBe(false);
      expect((await store.entity(mojwa?.id ?? ''))?.members).toHaveLength(2);
    });
  });
}

describeLinks('links in the embedded store', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'annals-links-'));
  const store = await openStore(join(folder, 'store'));
  return { store, dispose: async () => { await store.close(); rmSync(folder, { recursive: true, force: true }); } };
});

describeLinks(
  postgresTitle('links on PostgreSQL'),
  async () => {
    const schema = await testSchema();
    const store = await openStore(schema.url);
    return { store, dispose: async () => { await store.close(); await schema.drop(); } };
  },
  skipPostgres,
);

describe('the link thread', () => {
  it('links again with more room when its heap runs out, and makes the same links as in this thread', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'annals-link-heap-'));
    const store = await openStore(join(folder, 'store'));
    try {
      await store.saveArticles(articles);
      // 8 MB cannot hold the thread's modules: the first tries die out of memory, then it goes through
      const summary = await linkStore(store, { heapMb: 8 });
      expect(summary.heap_mb).toBeGreaterThan(8);
      const threaded = await linkSnapshot(store);
      await linkHere(store);
      expect(threaded).toEqual(await linkSnapshot(store));
      expect(threaded.entities.length).toBeGreaterThan(0);
    } finally {
      await store.close();
      rmSync(folder, { recursive: true, force: true });
    }
  }, 180_000);
});
