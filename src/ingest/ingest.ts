import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Extraction } from '../model/index.js';
import { linkStore } from '../link/index.js';
import { contentId } from '../read/contentId.js';
import { buildWikiLayer } from '../resolve/gazetteer/index.js';
import type { Store } from '../store/index.js';
import { firstPass } from './firstPass.js';
import { peek } from './_peek.js';
import { countOutcomes, emptySummary, type IngestSummary } from './ingestSummary.js';
import { runPool } from './runPool.js';
import { DEFAULT_MEMORY_MB, threadsFor } from './threadsFor.js';
import { describeUnit, type UnitResult, type WorkUnit } from './workUnit.js';

export interface IngestOptions {
  /** Worker threads; by default one per core, as many as fit in `memoryMB` (`threadsFor`). */
  threads?: number;
  /** The RSS in MB the default thread count is sized for (500): ignored when `threads` is given. */
  memoryMB?: number;
  /** Articles per transaction (at most; a batch also ends at `BATCH_TEXT` characters of article
   * text): a crash loses at most two unsaved batches (one being saved, one filling), which a re-run redoes. */
  batchSize?: number;
  /** Called after each saved batch and each unit, for a progress display. */
  onProgress?: (summary: Readonly<IngestSummary>) => void;
  /** A module exporting the pipeline `config` for the workers (tests use a gazetteer without user layer). */
  configModule?: string | URL;
  /** `--date`: the day every text was published, `YYYY-MM-DD` (the pipeline `Config`'s `publicationDate`). */
  publicationDate?: string;
}

const DEFAULT_BATCH = 32;
/**
 * Characters of article text after which a batch is saved, however few its articles. A batch's
 * records (~5× its text as JSON) are held in the main thread until saved, and PGlite's WASM memory
 * grows to the largest statement it has run and never shrinks: 50 articles of ~17k characters took
 * it from 29 to 61 MB, 16 to 43 MB. At 64k (about 4 such articles) an ingest of 600 articles
 * peaked at ~440 MB instead of 443–480 at 256k, no slower.
 */
export const BATCH_TEXT = 64 * 1024;

/**
 * Files, folders and dumps into the store: extracted on every core that fits in the memory budget,
 * saved in batches of one transaction each. An unchanged article is a no-op (content hash); a
 * changed one replaces its records; an interrupted run loses only its last unsaved batches, and
 * running it again completes it. Dumps are read once, in a first pass (`firstPass`) that fills the
 * store's wiki layer and sets their conflict pages aside; the second extracts those and the files
 * with the whole wiki layer loaded.
 * @example const summary = await ingest(['fixtures/articles'], await openStore('.annals'))
 */
export async function ingest(paths: readonly string[], store: Store, options: IngestOptions = {}): Promise<IngestSummary> {
  const started = Date.now();
  const cores = availableParallelism();
  // threads asked for are started; otherwise as many as fit in the budget beside the store
  const memoryMB = options.threads === undefined ? (options.memoryMB ?? DEFAULT_MEMORY_MB) : null;
  const threads = memoryMB === null ? Math.max(1, options.threads ?? 1) : threadsFor(memoryMB, cores, store.kind === 'pglite');
  const summary = { ...emptySummary(), threads: { threads, cores, memoryMB } };
  const batch: Extraction[] = [];
  let batchText = 0;
  const save = async (saving: Extraction[]): Promise<void> => {
    const outcomes = await store.saveArticles(saving);
    countOutcomes(summary, outcomes, saving.map((e) => ({ events: e.events.length, entities: e.entities.length })));
    summary.seconds = (Date.now() - started) / 1000;
    options.onProgress?.(summary);
  };
  // The batch being saved: the next one fills meanwhile, so the workers' results keep being taken in
  // (and their credits given back) while the store writes, instead of every thread waiting on it. One
  // batch is saved at a time, in order; a failed save fails the next flush, or the end of the run.
  let saving: Promise<void> = Promise.resolve();
  const flush = async (): Promise<void> => {
    await saving;
    if (batch.length === 0) return;
    const next = save(batch.splice(0, batch.length));
    batchText = 0;
    // handled here, thrown where it is awaited: a save that fails while the next batch fills is no unhandled rejection
    next.catch(() => undefined);
    saving = next;
  };
  const onResult = async (result: UnitResult, unit: WorkUnit): Promise<void> => {
    if ('extraction' in result) {
      batch.push(result.extraction);
      batchText += result.extraction.text.length;
      if (batch.length >= (options.batchSize ?? DEFAULT_BATCH) || batchText >= BATCH_TEXT) await flush();
    } else if ('skipped' in result) {
      summary.skipped[result.reason] = (summary.skipped[result.reason] ?? 0) + 1;
    } else if ('error' in result) {
      summary.errors.push(result.error.startsWith(unit.path) ? result.error : `${describeUnit(unit)}: ${result.error}`);
    }
  };
  // an article file whose bytes the store already holds under its path is not extracted again
  const known = new Map((await store.articles()).map((a) => [a.source, a.id]));
  const fresh = async function* (units: AsyncIterable<WorkUnit>): AsyncGenerator<WorkUnit> {
    for await (const unit of units) {
      const source = unit.source ?? unit.path;
      if (unit.kind === 'file' && known.has(source) && known.get(source) === (await fileId(unit.path))) {
        summary.read++;
        summary.unchanged++;
        summary.units++;
        continue;
      }
      yield unit;
    }
  };
  const poolOptions = {
    threads,
    ...(options.configModule === undefined ? {} : { configModule: options.configModule }),
    ...(options.publicationDate === undefined ? {} : { publicationDate: options.publicationDate }),
    onResult,
    onUnitDone: () => options.onProgress?.(summary),
  };
  const spoolDir = mkdtempSync(join(tmpdir(), 'annals-ingest-'));
  try {
    const first = await firstPass(paths, store, spoolDir, poolOptions);
    const units = await peek(fresh(first.later));
    const places = units ? await store.wikiPlaces() : [];
    const pool = units ? await runPool(units, { ...poolOptions, wikiLayer: places.length > 0 ? buildWikiLayer(places) : null }) : { units: 0 };
    summary.units += first.units + pool.units - first.spooled;
  } finally {
    rmSync(spoolDir, { recursive: true, force: true });
  }
  await flush();
  await saving;
  // the knowledge base across articles (canonical entities, linked events, conflicts) follows the new records
  if (summary.stored + summary.replaced > 0) await linkStore(store);
  summary.seconds = (Date.now() - started) / 1000;
  return summary;
}

async function fileId(path: string): Promise<string | null> {
  const bytes = await readFile(path).catch(() => null);
  return bytes ? contentId(bytes) : null;
}
