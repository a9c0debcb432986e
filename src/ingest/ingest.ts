import { readFile } from 'node:fs/promises';
import type { Extraction } from '../model/index.js';
import { linkStore } from '../link/index.js';
import { contentId } from '../read/contentId.js';
import type { Store } from '../store/index.js';
import { countOutcomes, emptySummary, type IngestSummary } from './ingestSummary.js';
import { runPool } from './runPool.js';
import { describeUnit, type UnitResult, type WorkUnit } from './workUnit.js';
import { workUnits } from './workUnits.js';

export interface IngestOptions {
  /** Worker threads (every core by default). */
  threads?: number;
  /** Articles per transaction: a crash loses at most one unsaved batch, which a re-run redoes. */
  batchSize?: number;
  /** Called after each saved batch and each unit, for a progress display. */
  onProgress?: (summary: Readonly<IngestSummary>) => void;
  /** A module exporting the pipeline `config` for the workers (tests use a gazetteer without user layer). */
  configModule?: string | URL;
}

const DEFAULT_BATCH = 32;

/**
 * Files, folders and dumps into the store: extracted on every core, saved in batches of one
 * transaction each. An unchanged article is a no-op (content hash); a changed one replaces its
 * records; an interrupted run loses only its last unsaved batch, and running it again completes it.
 * @example const summary = await ingest(['fixtures/articles'], await openStore('.annals'))
 */
export async function ingest(paths: readonly string[], store: Store, options: IngestOptions = {}): Promise<IngestSummary> {
  const started = Date.now();
  const summary = emptySummary();
  const batch: Extraction[] = [];
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const saving = batch.splice(0, batch.length);
    const outcomes = await store.saveArticles(saving);
    countOutcomes(summary, outcomes, saving.map((e) => ({ events: e.events.length, entities: e.entities.length })));
    summary.seconds = (Date.now() - started) / 1000;
    options.onProgress?.(summary);
  };
  const onResult = async (result: UnitResult, unit: WorkUnit): Promise<void> => {
    if ('extraction' in result) {
      batch.push(result.extraction);
      if (batch.length >= (options.batchSize ?? DEFAULT_BATCH)) await flush();
    } else if ('skipped' in result) {
      summary.skipped[result.reason] = (summary.skipped[result.reason] ?? 0) + 1;
    } else {
      summary.errors.push(result.error.startsWith(unit.path) ? result.error : `${describeUnit(unit)}: ${result.error}`);
    }
  };
  // an article file whose bytes the store already holds under its path is not extracted again
  const known = new Map((await store.articles()).map((a) => [a.source, a.id]));
  const fresh = async function* (): AsyncGenerator<WorkUnit> {
    for await (const unit of workUnits(paths)) {
      if (unit.kind === 'file' && known.has(unit.path) && known.get(unit.path) === (await fileId(unit.path))) {
        summary.read++;
        summary.unchanged++;
        summary.units++;
        continue;
      }
      yield unit;
    }
  };
  const pool = await runPool(fresh(), {
    ...(options.threads === undefined ? {} : { threads: options.threads }),
    ...(options.configModule === undefined ? {} : { configModule: options.configModule }),
    onResult,
    onUnitDone: () => options.onProgress?.(summary),
  });
  await flush();
  // the knowledge base across articles (canonical entities, linked events, conflicts) follows the new records
  if (summary.stored + summary.replaced > 0) await linkStore(store);
  summary.units += pool.units;
  summary.seconds = (Date.now() - started) / 1000;
  return summary;
}

async function fileId(path: string): Promise<string | null> {
  const bytes = await readFile(path).catch(() => null);
  return bytes ? contentId(bytes) : null;
}
