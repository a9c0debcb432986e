import { MessageChannel } from 'node:worker_threads';
import { startWorker } from '../runtime/index.js';
import { fromRemoteError, type Store } from '../store/index.js';
import type { LinkWorkerData, LinkWorkerMessage } from './_linkWorker.js';
import type { LinkSummary } from './linkHere.js';
import { collectGarbage } from './_collectGarbage.js';

export type { LinkSummary } from './linkHere.js';

/**
 * The link thread's heap, first try. An uncapped heap grows to ~4× what it holds before V8 collects
 * it; a capped one stays near its live size, and the thread's memory goes back to the system when
 * it ends. At 5,000 articles the thread holds ~145 MB at most; linking that store alone peaked at
 * 437–444 MiB RSS under 192 MB, 442–448 under 160, 459–483 under 256. A store that needs more fails
 * the first try out of memory and is linked again with twice the room, up to `MAX_HEAP_MB`.
 */
export const LINK_HEAP_MB = 192;
const MAX_HEAP_MB = 16_384;

type Outcome = { summary: LinkSummary } | { error: Error } | { outOfMemory: true };

function runThread(store: Store, heapMb: number): Promise<Outcome> {
  const channel = new MessageChannel();
  const stop = store.serve(channel.port1);
  const data: LinkWorkerData = { port: channel.port2, kind: store.kind, location: store.location };
  const worker = startWorker(import.meta.url, '_linkWorker', { workerData: data, transferList: [channel.port2], resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 4 } });
  return new Promise<Outcome>((resolve) => {
    let outcome: Outcome | null = null;
    worker.on('message', (m: LinkWorkerMessage) => (outcome = m.type === 'done' ? { summary: m.summary } : { error: fromRemoteError(m.error) }));
    worker.on('error', (error: Error & { code?: string }) => (outcome ??= error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? { outOfMemory: true } : { error }));
    worker.on('exit', (code) => {
      // a transaction the thread left open (it died) is rolled back before anything else runs
      void stop().then(() => resolve(outcome ?? { error: new Error(`the link thread stopped (exit code ${code})`) }));
    });
  });
}

/**
 * Links everything the store holds (canonical entities, linked events, the conflict tree) and
 * replaces the previous links in one transaction; the per-article records are read, never changed.
 * The work runs in a thread of its own with a capped heap, reaching the store through this
 * thread's connection, so that linking a large store does not leave this process holding the
 * garbage of it. Run it after ingest (`annals link` does). `heapMb`: the first try's heap (tests).
 * @example const summary = await linkStore(await openStore('.annals')) // { canonical_entities: 9876, linked_clusters: 412, … }
 */
export async function linkStore(store: Store, options: { heapMb?: number } = {}): Promise<LinkSummary> {
  // what this thread no longer holds (an ingest's garbage) is given back before the link thread grows
  collectGarbage();
  for (let heapMb = options.heapMb ?? LINK_HEAP_MB; ; heapMb *= 2) {
    const outcome = await runThread(store, heapMb);
    if ('summary' in outcome) return { ...outcome.summary, heap_mb: heapMb };
    if ('error' in outcome) throw outcome.error;
    if (heapMb * 2 > MAX_HEAP_MB) throw new Error(`linking needs more than ${MAX_HEAP_MB} MB of heap`);
  }
}
