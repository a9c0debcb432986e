import type { Worker } from 'node:worker_threads';
import { startWorker } from '../runtime/index.js';
import type { WorkerSetup } from './_protocol.js';

/**
 * A thread's heap. V8 lets an uncapped heap grow to ~4× what it holds before collecting (a thread
 * holding ~60 MB reached ~200 MB); under a cap of 512 MB it grows by ~1.4×, and a 3 MB wikitext
 * article (extracted in 48 minutes) still peaked at 156 MB of heap. A young generation of 8 MB
 * instead of the default 48 costs no measurable speed. Measured: ~125 MB RSS a thread instead of ~235.
 */
export const WORKER_LIMITS = { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 8 } as const;

/** Starts one extraction thread (`_worker`), compiled or from the sources. */
export function spawnWorker(setup: WorkerSetup): Worker {
  return startWorker(import.meta.url, '_worker', { workerData: setup, resourceLimits: WORKER_LIMITS });
}
