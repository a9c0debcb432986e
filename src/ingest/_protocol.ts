import type { BaseLayerShare } from '../resolve/gazetteer/index.js';
import type { UnitResult, WorkUnit } from './workUnit.js';

/** What a worker thread is started with (`workerData`). */
export interface WorkerSetup {
  /** A module whose named export `config` replaces the default pipeline config. */
  configModule: string | null;
  /** The day every text was published (`--date`), or null: each text's own. */
  publicationDate: string | null;
  /** How many results a worker may send before the pool has taken them in. */
  window: number;
  /** The gazetteer's base layer, loaded once by the pool and read by every thread (not copied). */
  baseLayer: BaseLayerShare;
  /** The store's wiki layer (`buildWikiLayer`), read by every thread alike; null for none. */
  wikiLayer: SharedArrayBuffer | null;
}

/** Messages from the pool to a worker. */
export type ToWorker = { type: 'unit'; id: number; unit: WorkUnit } | { type: 'ack'; count: number };

/** Messages from a worker to the pool. */
export type FromWorker = { type: 'ready' } | { type: 'result'; id: number; result: UnitResult } | { type: 'done'; id: number };
