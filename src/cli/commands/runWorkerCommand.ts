import { formatSummary } from '../../ingest/index.js';
import { runWorker } from '../../ingest/queue/index.js';
import { ingestProgress } from '../ingestProgress.js';
import { openStoreOrReport, queueTargetOrReport } from './_openStore.js';

/** The flags of `annals worker` as commander hands them over. */
export interface WorkerFlags {
  queue: string;
  db?: string;
  exitWhenIdle?: boolean;
  json?: boolean;
}

/**
 * `annals worker` once its flags are read: consumes jobs until stopped or idle. Returns the exit status.
 * @example await runWorkerCommand({ queue: 'redis://127.0.0.1:6379', db: 'postgres://…', exitWhenIdle: true })
 */
export async function runWorkerCommand(flags: WorkerFlags): Promise<number> {
  const target = queueTargetOrReport(flags.queue);
  if (!target) return 2;
  const store = await openStoreOrReport(flags.db);
  if (!store) return 1;
  const bar = ingestProgress();
  // SIGINT/SIGTERM: finish the job in hand, then stop
  const stop = new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
  try {
    const summary = await runWorker(target, store, { stop, exitWhenIdle: flags.exitWhenIdle ?? false, onProgress: (s) => bar.update(s) });
    bar.done();
    for (const line of summary.errors) process.stderr.write(`annals: ${line}\n`);
    process.stdout.write(flags.json ? `${JSON.stringify(summary)}\n` : `${formatSummary(summary)}\n`);
    return 0;
  } finally {
    await store.close();
  }
}
