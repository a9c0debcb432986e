import { parse } from 'csv-parse/sync';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportChunks } from '../../src/export/index.js';
import type { Extraction } from '../../src/model/index.js';
import { FRONT_MATTER_KIND } from '../../src/read/markdown.js';
import { openStore, type Store } from '../../src/store/index.js';
import { text } from '../export/_fixtureStore.js';
import { extract } from '../store/_extractions.js';

// The corpus articles not reserved for the hidden measurement (fixtures/corpus/README.md).
const CORPUS = 'fixtures/corpus';
const files = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort();

let folder: string;
let store: Store;
let extractions: Extraction[];
let rows: Record<string, string>[];

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'annals-corpus-'));
  [store, extractions] = await Promise.all([openStore(folder), extract(...files.map((f) => join(CORPUS, f)))]);
  await store.saveArticles(extractions);
  rows = parse(await text(exportChunks(store, 'acled')), { columns: true, skip_empty_lines: true });
}, 600_000);

afterAll(async () => {
  await store.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('the corpus, as a whole', () => {
  it('reads every article', () => {
    expect(extractions).toHaveLength(files.length);
  });

  it('yields events from every article with a conflict or attack infobox', () => {
    const silent = extractions.filter((x) => x.infobox && x.infobox.kind !== FRONT_MATTER_KIND && x.events.length === 0).map((x) => x.title);
    expect(silent).toEqual([]);
  });

  it('exports no two ACLED rows of one article with the same type, date, place and actors', () => {
    const seen = new Map<string, string>();
    const repeated: string[] = [];
    for (const r of rows) {
      const key = [r['source'], r['event_type'], r['sub_event_type'], r['event_date'], r['location'], r['latitude'], r['longitude'], r['actor1'], r['actor2']].join(' | ');
      if (seen.has(key)) repeated.push(key);
      seen.set(key, r['event_id_cnty'] ?? '');
    }
    expect(repeated).toEqual([]);
  });
});
