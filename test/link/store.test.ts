import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkStore } from '../../src/link/index.js';
import type { Extraction } from '../../src/model/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import { extract, extractEdited, SEED } from '../store/_extractions.js';
import { postgresTitle, skipPostgres, testSchema } from '../store/_postgres.js';

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
