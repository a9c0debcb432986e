import { Worker } from 'node:worker_threads';
import type { WorkerSetup } from './_protocol.js';

// Running from sources (vitest loads this file as .ts), no compiled worker exists beside this file.
const fromSources = import.meta.url.endsWith('.ts');

/**
 * Starts one worker thread: dist/ingest/_worker.js when compiled, or the TypeScript sources through
 * _sourceWorker.mjs, so that the pool works (and is tested) with or without a build.
 */
export function spawnWorker(setup: WorkerSetup): Worker {
  const entry = new URL(fromSources ? './_sourceWorker.mjs' : './_worker.js', import.meta.url);
  return new Worker(entry, { workerData: setup });
}
