import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractUnit, ingest } from '../../src/ingest/index.js';
import type { Entity } from '../../src/model/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import { testConfig } from '../helpers/config.js';
import { runCli } from '../helpers/cli.js';
import { FIXTURES } from '../helpers/fixtures.js';

const configModule = new URL('./helpers/poolConfig.ts', import.meta.url);
const DUMP = join(FIXTURES, 'wiki-layer', 'villages.xml');
// the store names a dump given by its absolute path by its path from the working folder, never the machine's (sourceName)
const STORED = relative(process.cwd(), DUMP);

let folder: string;
let store: Store;
let closed = false;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'annals-wiki-layer-'));
  store = await openStore(join(folder, '.store'));
}, 60_000);

afterAll(async () => {
  if (!closed) await store.close();
  await rm(folder, { recursive: true, force: true });
});

async function places(): Promise<Entity[]> {
  const [summary] = await store.articles();
  const article = summary ? await store.article(summary.id) : null;
  return article?.entities.filter((e) => e.kind === 'place') ?? [];
}

describe('the wiki layer of an ingested dump', () => {
  it("is what places the villages: extracted without it, Lalatapa is nowhere and Talysh not at its page's point", async () => {
    const results = [];
    for await (const r of extractUnit({ kind: 'dump', path: DUMP }, testConfig())) results.push(r);
    const entities = results.flatMap((r) => ('extraction' in r ? r.extraction.entities : []));
    expect(entities.find((e) => e.page === 'Lala Tepe')).toMatchObject({ resolved: false, lat: null });
    expect(entities.find((e) => e.page === 'Talysh')?.lat).not.toBeCloseTo(40 + 20 / 60, 2);
  }, 120_000);

  it("places the conflict page's wikilinked villages at their own pages' points, through a redirect too", async () => {
    const summary = await ingest([DUMP], store, { threads: 1, configModule });
    expect(summary).toMatchObject({ read: 1, stored: 1, units: 1 });
    expect(summary.skipped).toEqual({ 'no conflict infobox': 3, redirect: 1, 'not main namespace': 1 });
    const found = await places();
    expect(found.find((e) => e.page === 'Talysh')).toMatchObject({ name: 'Talysh', country: 'AZ', precision: 1, resolved: true });
    expect(found.find((e) => e.page === 'Talysh')?.lat).toBeCloseTo(40 + 20 / 60, 5);
    expect(found.find((e) => e.page === 'Talysh')?.lon).toBeCloseTo(46.6, 5);
    const hill = found.find((e) => e.page === 'Lala Tepe');
    expect(hill).toMatchObject({ resolved: true, country: 'AZ' });
    expect([hill?.lat, hill?.lon].map((x) => x?.toFixed(4))).toEqual([(39 + 34 / 60).toFixed(4), (47 + 1 / 60).toFixed(4)]);
  }, 180_000);

  it('keeps the pages of the main namespace with good coordinates, and the redirect to one, in the store', async () => {
    const titles = (await store.wikiPlaces()).map((p) => p.title).sort();
    // the conflict page's own coordinates, the two villages, the redirect; not the broken point nor the User page
    expect(titles).toEqual(['2016 clashes at Talysh', 'Lala Tepe', 'Lalatapa', 'Talysh']);
    expect(await store.wikiSources()).toMatchObject([{ source: STORED, pages: 4, places: 3, redirects: 1 }]);
  });

  it('replaces what the dump gave when it is ingested again, and the article stays unchanged', async () => {
    const summary = await ingest([DUMP], store, { threads: 1, configModule });
    expect(summary).toMatchObject({ read: 1, unchanged: 1 });
    expect(await store.wikiSources()).toMatchObject([{ source: STORED, pages: 4, places: 3, redirects: 1 }]);
  }, 180_000);

  it('is listed by `annals gazetteer info` with its count and its dump', async () => {
    // the CLI opens the store itself: a PGlite folder serves one opener at a time
    await store.close();
    closed = true;
    const run = await runCli(['gazetteer', 'info', '--db', join(folder, '.store'), '--json']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ wiki: { places: 3, redirects: 1, sources: [{ source: STORED, pages: 4, places: 3, redirects: 1 }] } });
  }, 60_000);
});
