import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Extraction } from '../../src/model/index.js';
import { openStore, type EventRecord, type Store } from '../../src/store/index.js';
import { ARTICLE_FIXTURES, fixtureNames } from '../helpers/fixtures.js';
import { extract } from '../store/_extractions.js';

/** A PGlite store in a temporary folder holding every plain-text fixture article, and what was saved. */
export interface FixtureStore {
  folder: string;
  extractions: Extraction[];
  remove: () => void;
}

/**
 * Extracts fixtures/articles/*.txt through the real pipeline and saves them in a new store, then
 * closes it: a test file opens it (`openStore(folder)`) or lets the CLI open it. Slow (~10 s): once per
 * file. `names` picks fewer fixtures.
 */
export async function buildFixtureStore(names = fixtureNames(ARTICLE_FIXTURES).filter((n) => n.endsWith('.txt'))): Promise<FixtureStore> {
  const folder = mkdtempSync(join(tmpdir(), 'annals-export-'));
  const paths = names.map((n) => join(ARTICLE_FIXTURES, n));
  const [store, extractions] = await Promise.all([openStore(folder), extract(...paths)]);
  try {
    await store.saveArticles(extractions);
  } finally {
    await store.close();
  }
  return { folder, extractions, remove: () => rmSync(folder, { recursive: true, force: true }) };
}

export async function collect<T>(stream: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of stream) items.push(item);
  return items;
}

export async function text(pieces: AsyncIterable<string>): Promise<string> {
  return (await collect(pieces)).join('');
}

/** The seed's air strike on Gao as the store gives it. */
export async function gaoStrike(store: Store): Promise<EventRecord> {
  const found = (await collect(store.events({ actor: 'MOJWA', type: 'Air/drone strike' }))).filter((e) => e.article.title === 'Bombardment of Gao' && e.location?.name === 'Gao');
  if (found.length !== 1) throw new Error(`the seed has ${found.length} air strikes on Gao against MOJWA`);
  return found[0] as EventRecord;
}
