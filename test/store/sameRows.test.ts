import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/model/index.js';
import type { EventRecord, Store } from '../../src/store/index.js';
import { openStore } from '../../src/store/index.js';
import { fixtureNames, ARTICLE_FIXTURES } from '../helpers/fixtures.js';
import { extract } from './_extractions.js';
import { must } from './_must.js';
import { postgresTitle, skipPostgres, testSchema } from './_postgres.js';
import { collect } from './_readingTests.js';

// Cursors hold the article's serial key, which depends on the store's history, not on its rows.
const rowsOf = (records: readonly EventRecord[]) => records.map((r) => JSON.stringify({ ...r, cursor: undefined })).sort();

async function saveInBatches(store: Store, articles: readonly Extraction[], size: number): Promise<void> {
  for (let i = 0; i < articles.length; i += size) await store.saveArticles(articles.slice(i, i + size));
}

describe.skipIf(skipPostgres)(postgresTitle('PGlite and PostgreSQL, the same fixtures'), () => {
  const folder = mkdtempSync(join(tmpdir(), 'annals-same-'));
  let embedded: Store;
  let server: Store;
  let dropSchema: () => Promise<void> = async () => undefined;
  let articles: Extraction[];

  beforeAll(async () => {
    const schema = await testSchema();
    dropSchema = schema.drop;
    [embedded, server, articles] = await Promise.all([
      openStore(folder),
      openStore(schema.url),
      extract(...fixtureNames(ARTICLE_FIXTURES).map((name) => `fixtures/articles/${name}`)),
    ]);
    // one batch on one side, batches of four on the other: the rows must not depend on batching
    await Promise.all([embedded.saveArticles(articles), saveInBatches(server, articles, 4)]);
  });

  afterAll(async () => {
    await Promise.all([embedded?.close(), server?.close()]);
    await dropSchema();
    rmSync(folder, { recursive: true, force: true });
  });

  it('hold the same counts', async () => {
    expect(await server.counts()).toEqual(await embedded.counts());
    expect((await embedded.counts()).articles).toBe(articles.length);
  });

  it('give the same events, row for row', async () => {
    const [a, b] = await Promise.all([collect(embedded.events()), collect(server.events())]);
    expect(a.length).toBe(articles.reduce((n, x) => n + x.events.length, 0));
    expect(rowsOf(b)).toEqual(rowsOf(a));
  });

  it('give the same events in the same order for a filter', async () => {
    const located = must((await collect(embedded.events())).find((r) => r.location?.country), 'event in a country');
    const filter = { country: must(located.location?.country, 'country'), q: 'killed' };
    const [a, b] = await Promise.all([collect(embedded.events(filter)), collect(server.events(filter))]);
    expect(a.length).toBeGreaterThan(0);
    expect(b.map((r) => `${r.article.source}#${r.id}`)).toEqual(a.map((r) => `${r.article.source}#${r.id}`));
  });

  it('list the same articles and read them back equal', async () => {
    const strip = (list: Awaited<ReturnType<Store['articles']>>) => list.map((a) => ({ ...a, stored_at: undefined }));
    expect(strip(await server.articles())).toEqual(strip(await embedded.articles()));
    for (const x of articles) expect(await server.article(x.id)).toEqual(await embedded.article(x.id));
  });
});
