import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/index.js';
import { openBackend } from '../../src/store/openBackend.js';
import { storeOn } from '../../src/store/storeOn.js';
import { postgresTitle, skipPostgres, testSchema } from './_postgres.js';

const DUMP = { source: 'dumps/sahel.xml.bz2', size: 4096, mtimeMs: 1_700_000_000_000 };
const OTHER = { source: 'dumps/other.xml', size: 100, mtimeMs: 1_700_000_000_001 };
const KONNA = { title: 'Konna', lat: 14.943, lon: -3.895, kind: 'city' };
const SEVARE = { title: 'Sévaré', lat: 14.527, lon: -4.093, kind: null };

// The same calls on both backends: the wiki layer lives in the store, PGlite or PostgreSQL.
function wikiTests(title: string, open: () => Promise<{ store: Store; dispose: () => Promise<void> }>, skip = false): void {
  describe.skipIf(skip)(title, () => {
    let store: Store;
    let dispose: () => Promise<void> = async () => undefined;
    beforeAll(async () => ({ store, dispose } = await open()));
    afterAll(() => dispose());

    it('keeps places by title and redirects only to pages it holds', async () => {
      await store.startWikiSource(DUMP);
      await store.saveWikiFinds(DUMP.source, { pages: 3, places: [KONNA], redirects: [] });
      await store.saveWikiFinds(DUMP.source, { pages: 2, places: [SEVARE], redirects: [{ title: 'Sevare', target: 'Sévaré' }, { title: 'Bamako, Mali', target: 'Bamako' }] });
      const places = await store.wikiPlaces();
      expect(places.sort((a, b) => a.title.localeCompare(b.title))).toEqual([KONNA, { ...SEVARE, title: 'Sevare' }, SEVARE]);
      expect(await store.wikiSources()).toMatchObject([{ ...DUMP, pages: 5, places: 2, redirects: 1 }]);
    });

    it('lets a later dump take a title over, and a dump gathered again replaces what it gave', async () => {
      await store.startWikiSource(OTHER);
      await store.saveWikiFinds(OTHER.source, { pages: 1, places: [{ ...KONNA, lat: 14.9 }], redirects: [] });
      await store.startWikiSource(DUMP);
      await store.saveWikiFinds(DUMP.source, { pages: 1, places: [SEVARE], redirects: [] });
      expect((await store.wikiPlaces()).map((p) => [p.title, p.lat]).sort()).toEqual([['Konna', 14.9], ['Sévaré', 14.527]]);
      expect((await store.wikiSources()).map((s) => [s.source, s.pages, s.places, s.redirects])).toEqual([[OTHER.source, 1, 1, 0], [DUMP.source, 1, 1, 0]]);
    });
  });
}

wikiTests('the wiki layer on PGlite', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'annals-wiki-'));
  const backend = await openBackend({ kind: 'pglite', folder });
  return { store: storeOn(backend), dispose: async () => (await backend.close(), rmSync(folder, { recursive: true, force: true })) };
});

wikiTests(
  postgresTitle('the wiki layer on PostgreSQL'),
  async () => {
    const schema = await testSchema();
    const backend = await openBackend({ kind: 'postgres', url: schema.url });
    return { store: storeOn(backend), dispose: async () => (await backend.close(), await schema.drop()) };
  },
  skipPostgres,
);
