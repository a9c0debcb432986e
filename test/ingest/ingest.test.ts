import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import { postgresTitle, skipPostgres, testSchema } from '../store/_postgres.js';
import { storeRows } from './_storeRows.js';

const configModule = new URL('./helpers/poolConfig.ts', import.meta.url);
const ARTICLES = ['Bombardment_of_Gao.txt', 'Battle_of_Bosra_(2015).txt', 'Attack_on_Nova_Kakhovka.txt', 'MINUSMA_super_camp_attack.txt'];
const DUMP = 'fixtures/dumps/enwiki-latest-pages-articles1.xml-p000000010p000030302-shortened.bz2';

let folder: string;
let store: Store;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'annals-ingest-'));
  for (const name of ARTICLES) await copyFile(join('fixtures/articles', name), join(folder, name));
  await writeFile(join(folder, 'empty.txt'), '');
  store = await openStore(join(folder, '.store'));
}, 60_000);

afterAll(async () => {
  await store.close();
  await rm(folder, { recursive: true, force: true });
});

describe('ingest into the embedded store', () => {
  it('stores every article of a folder and a dump, counts skipped pages by reason, and names the bad file', async () => {
    const summary = await ingest([folder, DUMP], store, { threads: 2, batchSize: 2, configModule });
    expect(summary).toMatchObject({ read: 5, stored: 5, replaced: 0, unchanged: 0 });
    expect(summary.skipped).toEqual({ redirect: 99, 'no conflict infobox': 105, 'not main namespace': 1 });
    expect(summary.errors).toHaveLength(1);
    expect(summary.errors[0]).toContain('empty.txt');
    expect(summary.events).toBeGreaterThan(0);
    const titles = (await store.articles()).map((a) => a.title).sort();
    expect(titles).toEqual(['American Revolutionary War', 'Attack on Nova Kakhovka', 'Battle of Bosra (2015)', 'Bombardment of Gao', 'MINUSMA super camp attack']);
  }, 180_000);

  // issue 19: the folder was named by its absolute path; no export, API or UI should show it
  it('keys the articles of a folder named absolutely by the folder\'s own name, and a dump named relatively as given', async () => {
    const sources = (await store.articles()).map((a) => a.source).sort();
    expect(sources).toEqual([
      ...ARTICLES.map((name) => `${basename(folder)}/${name}`).sort(),
      `${DUMP}#American Revolutionary War`,
    ].sort());
  });

  it('does nothing the second time: every article unchanged, no file extracted again, the same rows', async () => {
    const before = await storeRows(store);
    const summary = await ingest([folder], store, { threads: 1, configModule });
    expect(summary).toMatchObject({ read: 4, stored: 0, replaced: 0, unchanged: 4, events: 0 });
    expect(await storeRows(store)).toEqual(before);
  }, 120_000);

  it('replaces the records of an article whose text changed, and only those', async () => {
    const gao = join(folder, 'Bombardment_of_Gao.txt');
    const text = await readFile(gao, 'utf8');
    await writeFile(gao, text.replace('more than sixty', 'more than seventy'));
    const summary = await ingest([folder], store, { threads: 1, configModule });
    expect(summary).toMatchObject({ read: 4, stored: 0, replaced: 1, unchanged: 3 });
    const evidence: string[] = [];
    for await (const e of store.events({ type: 'Air/drone strike' })) evidence.push(...e.evidence.map((x) => x.text));
    // the new words replaced the old ones; the other articles' strikes are still there
    expect(evidence.some((t) => t.includes('more than seventy'))).toBe(true);
    expect(evidence.some((t) => t.includes('more than sixty'))).toBe(false);
    expect((await store.articles()).length).toBe(5);
  }, 120_000);
});

describe.skipIf(skipPostgres)(postgresTitle('ingest into PostgreSQL'), () => {
  it('gives the same rows as the embedded store', async () => {
    const schema = await testSchema();
    const server = await openStore(schema.url);
    const embedded = await openStore(join(folder, '.same'));
    try {
      await ingest([folder], server, { threads: 2, configModule });
      await ingest([folder], embedded, { threads: 1, batchSize: 1, configModule });
      expect(await storeRows(server)).toEqual(await storeRows(embedded));
    } finally {
      await server.close();
      await embedded.close();
      await schema.drop();
    }
  }, 240_000);
});
