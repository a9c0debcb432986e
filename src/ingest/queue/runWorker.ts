import { Queue, Worker, type Job } from 'bullmq';
import type { Extraction } from '../../model/index.js';
import type { Config } from '../../pipeline.js';
import { buildWikiLayer, loadWikiLayer } from '../../resolve/gazetteer/index.js';
import type { Store } from '../../store/index.js';
import { extractUnit } from '../extractUnit.js';
import { countOutcomes, emptySummary, type IngestSummary } from '../ingestSummary.js';
import { describeUnit, type WorkUnit } from '../workUnit.js';
import type { QueueTarget } from './queueTarget.js';

export interface WorkerOptions {
  /** Stop once the queue has nothing waiting, delayed or active (for batch runs and tests). */
  exitWhenIdle?: boolean;
  batchSize?: number;
  config?: Config;
  onProgress?: (summary: Readonly<IngestSummary>) => void;
  /** Resolves when the worker should stop (SIGINT, SIGTERM): the current job finishes first. */
  stop?: Promise<void>;
}

const IDLE_POLL_MS = 1000;

/**
 * Consumes ingest jobs from the queue into the store, one job at a time (run one worker process per
 * core, on any number of machines). A job's articles are saved in batched transactions; a store
 * failure fails the job, which BullMQ retries with backoff; an unreadable article is reported in the
 * job's result and not retried. The store's wiki layer is loaded once, at the start: jobs do not
 * gather one (a job is a unit, and a village's page may be another job's). Resolves with what this worker did.
 * @example await runWorker(queueTarget('redis://10.0.0.5:6379'), await openStore('postgres://…'), { exitWhenIdle: true })
 */
export async function runWorker(target: QueueTarget, store: Store, options: WorkerOptions = {}): Promise<IngestSummary> {
  const started = Date.now();
  const summary = emptySummary();
  // the store's wiki layer (dumps gathered by `annals ingest`), for the gazetteer the first job opens
  const wiki = await store.wikiPlaces();
  loadWikiLayer(wiki.length > 0 ? buildWikiLayer(wiki) : null);
  const processJob = async (job: Job<{ unit: WorkUnit }>): Promise<{ errors: string[] }> => {
    const errors: string[] = [];
    const batch: Extraction[] = [];
    const flush = async (): Promise<void> => {
      const saving = batch.splice(0);
      if (saving.length === 0) return;
      countOutcomes(summary, await store.saveArticles(saving), saving.map((e) => ({ events: e.events.length, entities: e.entities.length })));
      summary.seconds = (Date.now() - started) / 1000;
      options.onProgress?.(summary);
    };
    for await (const result of extractUnit(job.data.unit, options.config)) {
      if ('extraction' in result) {
        batch.push(result.extraction);
        if (batch.length >= (options.batchSize ?? 32)) await flush();
      } else if ('skipped' in result) summary.skipped[result.reason] = (summary.skipped[result.reason] ?? 0) + 1;
      else if ('error' in result) errors.push(result.error.startsWith(job.data.unit.path) ? result.error : `${describeUnit(job.data.unit)}: ${result.error}`);
    }
    await flush();
    summary.units++;
    summary.errors.push(...errors);
    return { errors };
  };
  const worker = new Worker<{ unit: WorkUnit }>(target.name, processJob, { connection: target.connection, concurrency: 1 });
  await worker.waitUntilReady();
  await untilStopped(target, options);
  await worker.close();
  summary.seconds = (Date.now() - started) / 1000;
  return summary;
}

async function untilStopped(target: QueueTarget, options: WorkerOptions): Promise<void> {
  let stopped = false;
  void options.stop?.then(() => void (stopped = true));
  if (!options.exitWhenIdle) return options.stop ?? new Promise<void>(() => undefined);
  const queue = new Queue(target.name, { connection: target.connection });
  try {
    for (;;) {
      await new Promise((r) => setTimeout(r, IDLE_POLL_MS));
      if (stopped) return;
      const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children');
      if (Object.values(counts).every((n) => n === 0)) return;
    }
  } finally {
    await queue.close();
  }
}
