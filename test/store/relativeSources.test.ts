import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/model/index.js';
import type { Backend } from '../../src/store/_backend.js';
import { relativeSources } from '../../src/store/migrations/005_relativeSources.js';
import { openBackend } from '../../src/store/openBackend.js';
import { storeOn } from '../../src/store/storeOn.js';
import { extract, SEED } from './_extractions.js';

// [source as an ingest before issue 19 saved it, source after the migration]
const CASES: [string, string][] = [
  ['/home/me/data/corpus/Bombardment_of_Gao.txt', 'corpus/Bombardment_of_Gao.txt'],
  ['C:\\Users\\me\\corpus\\Gao.txt', 'corpus\\Gao.txt'],
  ['/srv/dumps/enwiki.xml.bz2#Siege of Gao/Kidal', 'dumps/enwiki.xml.bz2#Siege of Gao/Kidal'],
  ['/Gao.txt', 'Gao.txt'],
  ['fixtures/articles/Bombardment_of_Gao.txt', 'fixtures/articles/Bombardment_of_Gao.txt'],
  // two would share "mali/Gao.txt": both are left as they were
  ['/a/mali/Gao.txt', '/a/mali/Gao.txt'],
  ['/b/mali/Gao.txt', '/b/mali/Gao.txt'],
  // another article holds "articles/Kidal.txt" already
  ['articles/Kidal.txt', 'articles/Kidal.txt'],
  ['/c/articles/Kidal.txt', '/c/articles/Kidal.txt'],
];

describe('migration 5: relative sources', () => {
  const folder = mkdtempSync(join(tmpdir(), 'annals-sources-'));
  let backend: Backend;
  let seed: Extraction;
  beforeAll(async () => {
    backend = await openBackend({ kind: 'pglite', folder });
    [seed] = (await extract(SEED)) as [Extraction];
    await storeOn(backend).saveArticles(CASES.map(([source]) => ({ ...seed, source })));
    await backend.exec(relativeSources);
  }, 120_000);
  afterAll(async () => {
    await backend.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it.each(CASES)('names %s as %s', async (before, after) => {
    const keys = await backend.query<{ source: string }>('select source from articles order by key');
    expect(keys.map((k) => k.source)[CASES.findIndex(([b]) => b === before)]).toBe(after);
  });

  it('changes nothing the second time', async () => {
    const before = await backend.query<{ source: string }>('select source from articles order by key');
    await backend.exec(relativeSources);
    expect(await backend.query<{ source: string }>('select source from articles order by key')).toEqual(before);
  });
});
