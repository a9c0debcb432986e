import { availableParallelism } from 'node:os';
import { loadBaseLayer, unloadBaseLayer } from '../resolve/gazetteer/index.js';
import { Pool, type PoolCallbacks, type PoolSummary } from './_pool.js';
import type { WorkUnit } from './workUnit.js';

export type { PoolSummary } from './_pool.js';

export interface PoolOptions extends PoolCallbacks {
  /** Worker threads; every core by default. They share one gazetteer base layer, loaded here (~40 MB). */
  threads?: number;
  /**
   * A module whose named export `config` the workers use instead of the default pipeline config
   * (functions cannot cross threads). A `.js` module when running compiled; `.ts` works from sources.
   */
  configModule?: string | URL;
  /** The day every text was published (`--date`), set on the workers' config. */
  publicationDate?: string;
  /** The gazetteer's wiki layer (`buildWikiLayer` over the store's), which every thread reads. */
  wikiLayer?: SharedArrayBuffer | null;
}

/**
 * Extracts units on worker threads, one unit per thread at a time, pulling the next unit from
 * `units` only when a thread is free. Results reach `onResult` in order of completion, one call at
 * a time; a returned promise holds the workers back (each sends at most a few results ahead).
 * `onUnitDone` follows a unit's last result. A worker that dies (a crash, `process.exit`, out of
 * memory) costs one error line for its unit and is replaced; the run goes on. Rejects if workers
 * cannot start, the unit source throws, or a callback throws.
 * @example await runPool(workUnits(['fixtures/articles']), { threads: 2, onResult: (r) => console.log('extraction' in r ? r.extraction.title : r) })
 */
export function runPool(units: AsyncIterable<WorkUnit> | Iterable<WorkUnit>, options: PoolOptions): Promise<PoolSummary> {
  const source = Symbol.asyncIterator in units ? units[Symbol.asyncIterator]() : units[Symbol.iterator]();
  const threads = Math.max(1, options.threads ?? availableParallelism());
  const configModule = options.configModule === undefined ? null : String(options.configModule);
  return new Promise<PoolSummary>((resolve, reject) => {
    // loaded once here, read by every thread (a missing cities500 rejects the run before any thread starts)
    const setup = { configModule, publicationDate: options.publicationDate ?? null, wikiLayer: options.wikiLayer ?? null };
    const pool = new Pool(source, options, setup, loadBaseLayer().share, (error) => {
      // the threads that read it have stopped: ~40 MB that the link step after an ingest can use
      unloadBaseLayer();
      if (error === undefined) resolve(pool.summary);
      else reject(error instanceof Error ? error : new Error(String(error)));
    });
    for (let i = 0; i < threads; i++) pool.start();
  });
}
