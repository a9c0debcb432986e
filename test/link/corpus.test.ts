import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';
import { linkStore, type LinkSummary } from '../../src/link/index.js';
import type { Extraction } from '../../src/model/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import { runCli } from '../helpers/cli.js';
import { checkPair, readMergeList } from './_mergeList.js';
import { linkSnapshot } from './_snapshot.js';

// 50 corpus articles and the seed (fixtures/corpus-subset, sources in fixtures/SOURCES.tsv): the
// whole corpus takes too long here; bench/linkCorpus.js runs the same list over all of it.
const SUBSET = new URL('../../fixtures/corpus-subset/', import.meta.url).pathname;
const configModule = new URL('./helpers/linkConfig.ts', import.meta.url);
const LIST = readMergeList();

let folder: string;
let store: Store;
let linked: LinkSummary;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'annals-link-'));
  store = await openStore(join(folder, 'store'));
  const summary = await ingest([SUBSET], store, { threads: 2, configModule });
  expect(summary).toMatchObject({ stored: 51, errors: [] });
  linked = await linkStore(store);
}, 600_000);

afterAll(async () => {
  await store.close();
  await rm(folder, { recursive: true, force: true });
});

describe('the hand-made list of merges over the corpus subset', () => {
  it('holds at least 20 true merges and 10 pairs that must stay apart', () => {
    expect(LIST.filter((p) => p.verdict === 'merge').length).toBeGreaterThanOrEqual(20);
    expect(LIST.filter((p) => p.verdict === 'apart').length).toBeGreaterThanOrEqual(10);
  });

  it.each(LIST.map((p) => [`${p.verdict}: ${p.a.what} (${p.a.article}) ~ ${p.b.what} (${p.b.article})`, p] as const))('%s', async (_, pair) => {
    const { ok, found } = await checkPair(store, pair);
    expect(ok, `${pair.why} — found ${found}`).toBe(true);
  });
});

describe('linking is deterministic', () => {
  it('links articles across the subset', () => {
    expect(linked).toMatchObject({ articles: 51 });
    expect(linked.merged_entities).toBeGreaterThan(100);
    expect(linked.linked_clusters).toBeGreaterThan(20);
  });

  it('gives the same links after ingesting the corpus again and relinking', async () => {
    const before = await linkSnapshot(store);
    expect(await ingest([SUBSET], store, { threads: 1, configModule })).toMatchObject({ unchanged: 51, stored: 0 });
    await linkStore(store);
    expect(await linkSnapshot(store)).toEqual(before);
  }, 300_000);

  it('gives the same links when the articles are stored in another order', async () => {
    const articles = await store.articles();
    const extractions = (await Promise.all(articles.map((a) => store.article(a.id)))).filter((x): x is Extraction => x !== null);
    const other = await openStore(join(folder, 'reversed'));
    try {
      const reversed = [...extractions].reverse();
      for (let i = 0; i < reversed.length; i += 7) await other.saveArticles(reversed.slice(i, i + 7));
      await linkStore(other);
      expect(await linkSnapshot(other)).toEqual(await linkSnapshot(store));
    } finally {
      await other.close();
    }
  }, 300_000);
});

describe('the commands over the linked store', () => {
  // a data folder serves one opener: the commands open it themselves
  beforeAll(async () => {
    await store.close();
  });
  afterAll(async () => {
    store = await openStore(join(folder, 'store'));
  });
  const db = () => join(folder, 'store');

  it('annals link relinks the store and prints what it made', async () => {
    const run = await runCli(['link', '--json', '--db', db()]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ articles: 51, clusters: linked.clusters, canonical_entities: linked.canonical_entities });
  });

  it('annals entities --kind state lists the states with their article and event counts', async () => {
    const run = await runCli(['entities', '--kind', 'state', '--json', '--db', db()]);
    expect(run.status).toBe(0);
    const states = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { name: string; articles: number; events: number });
    expect(states.find((s) => s.name === 'Russia')?.articles).toBeGreaterThan(10);
  });

  it('annals entities show explains why each member belongs', async () => {
    const run = await runCli(['entities', 'show', 'MOJWA', '--db', db()]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^MOJWA \(armed_group\) E[0-9a-f]{10}: 2 articles/);
    expect(run.stdout).toContain('"Movement for Oneness and Jihad in West Africa"');
    expect(run.stdout).toMatch(/Operation Serval|Bombardment of Gao/);
  });

  it('annals conflicts prints the tree with event counts and dates', async () => {
    const run = await runCli(['conflicts', '--db', db()]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Mali War {2}\d+ events {2}\d{4}-\d\d-\d\d\.\.\d{4}-\d\d-\d\d\n(?: {2}.*\n)*? {2}Bombardment of Gao {2}4 events/m);
  });

  it('annals events --conflict and --linked select by conflict and show every source', async () => {
    const mali = await runCli(['events', '--conflict', 'the Mali War', '--db', db()]);
    expect(mali.status).toBe(0);
    expect(mali.stdout).toContain('— Bombardment of Gao');
    expect(mali.stdout).not.toContain('Idlib');
    const linkedRun = await runCli(['events', '--linked', '--min-sources', '2', '--actor', 'MOJWA', '--json', '--db', db()]);
    const [gao] = linkedRun.stdout.trim().split('\n').map((l) => JSON.parse(l) as { number_of_sources: number; sources: { article: { title: string } }[]; conflict: { root: { name: string } } });
    expect(gao?.number_of_sources).toBe(2);
    expect(gao?.sources.map((s) => s.article.title).sort()).toEqual(['Bombardment of Gao', 'Operation Serval']);
    expect(gao?.conflict.root.name).toBe('Mali War');
  });
});
