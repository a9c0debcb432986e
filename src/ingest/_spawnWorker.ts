import { Worker } from 'node:worker_threads';
import type { WorkerSetup } from './_protocol.js';

// Running from sources (vitest loads this file as .ts), no compiled worker exists beside this file.
const fromSources = import.meta.url.endsWith('.ts');

/**
 * A thread's heap. V8 lets an uncapped heap grow to ~4× what it holds before collecting (a thread
 * holding ~60 MB reached ~200 MB); under a cap of 512 MB it grows by ~1.4×, and a 3 MB wikitext
 * article (extracted in 48 minutes) still peaked at 156 MB of heap. A young generation of 8 MB
 * instead of the default 48 costs no measurable speed. Measured: ~125 MB RSS a thread instead of ~235.
 */
export const WORKER_LIMITS = { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 8 } as const;

/**
 * Starts one worker thread: dist/ingest/_worker.js when compiled, or the TypeScript sources through
 * _sourceWorker.mjs, so that the pool works (and is tested) with or without a build.
 */
export function spawnWorker(setup: WorkerSetup): Worker {
  const entry = new URL(fromSources ? './_sourceWorker.mjs' : './_worker.js', import.meta.url);
  return new Worker(entry, { workerData: setup, resourceLimits: WORKER_LIMITS });
}
