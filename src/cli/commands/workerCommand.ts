import { formatSummary } from '../../ingest/index.js';
import { runWorker } from '../../ingest/queue/index.js';
import { ingestProgress } from '../ingestProgress.js';
import { openStoreOrReport, queueTargetOrReport } from './_openStore.js';
import type { CommandContext } from './registry.js';

interface WorkerFlags {
  queue: string;
  db?: string;
  exitWhenIdle?: boolean;
  json?: boolean;
}

/** `annals worker --queue redis://… --db postgres://…`: consumes ingest jobs until stopped (or idle). */
export function registerWorker({ program, setStatus }: CommandContext): void {
  program
    .command('worker')
    .description('consume ingest jobs from a Redis queue into a store (run one per core, on any number of machines)')
    .requiredOption('--queue <url>', 'the Redis queue (redis://host:port[?queue=name])')
    .option('--db <db>', 'the store: a postgres:// URL shared by all workers (or a PGlite folder for one worker)')
    .option('--exit-when-idle', 'stop once no job is waiting or active')
    .option('--json', 'print the summary as one JSON document')
    .action(async (flags: WorkerFlags) => {
      setStatus(await runWorkerCommand(flags));
    });
}

async function runWorkerCommand(flags: WorkerFlags): Promise<number> {
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
