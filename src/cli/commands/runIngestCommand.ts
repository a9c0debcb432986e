import { formatSummary, ingest, type IngestSummary } from '../../ingest/index.js';
import { enqueue, queueStatus } from '../../ingest/queue/index.js';
import { isAnnalsError } from '../../model/index.js';
import { dateOption } from '../dateOption.js';
import { ingestProgress } from '../ingestProgress.js';
import { openStoreOrReport, queueTargetOrReport } from './_openStore.js';

/** The flags of `annals ingest` as commander hands them over. */
export interface IngestFlags {
  db?: string;
  queue?: string;
  status?: boolean;
  threads?: number;
  memory?: number;
  batch?: number;
  json?: boolean;
  date?: string;
}

// An ingest that read no article (an empty folder, a dump of redirects) says so, and fails.
function nothingRead(paths: readonly string[], summary: IngestSummary): string | null {
  if (summary.read > 0 || summary.errors.length > 0) return null;
  if (summary.units === 0) return `${paths.join(', ')}: no files to read`;
  const skipped = Object.values(summary.skipped).reduce((n, k) => n + (k ?? 0), 0);
  return `${paths.join(', ')}: no article read${skipped > 0 ? ` (${skipped} pages skipped)` : ''}`;
}

function usage(message: string): number {
  process.stderr.write(`annals: ${message}\n`);
  return 2;
}

/**
 * `annals ingest PATH…` once its flags are read: into the store, or onto the queue with `--queue`.
 * Returns the exit status (2: flags that cannot go together).
 * @example await runIngestCommand(['fixtures/articles'], { db: '.annals' }, false)
 */
export async function runIngestCommand(paths: string[], flags: IngestFlags, verbose: boolean): Promise<number> {
  // jobs on the queue carry only their unit, and their ids would not tell two dates apart
  if (flags.queue && flags.date !== undefined) return usage('--date cannot go with --queue: workers read each text\'s own date');
  if (flags.queue) return runQueued(paths, { ...flags, queue: flags.queue });
  if (flags.status) return usage('--status needs --queue');
  if (paths.length === 0) return usage('ingest needs at least one path');
  return runIngest(paths, flags, verbose);
}

async function runQueued(paths: string[], flags: IngestFlags & { queue: string }): Promise<number> {
  const target = queueTargetOrReport(flags.queue);
  if (!target) return 2;
  try {
    if (flags.status) {
      const status = await queueStatus(target);
      if (flags.json) process.stdout.write(`${JSON.stringify(status)}\n`);
      else {
        process.stdout.write(`${status.queue}: ${status.waiting} waiting, ${status.active} active, ${status.delayed} delayed, ${status.completed} completed, ${status.failed} failed\n`);
        for (const f of status.failures) process.stdout.write(`failed after ${f.attempts} attempts: ${f.unit}: ${f.reason}\n`);
      }
      return status.failed > 0 ? 1 : 0;
    }
    if (paths.length === 0) return usage('ingest --queue needs at least one path');
    const added = await enqueue(paths, target);
    process.stdout.write(flags.json ? `${JSON.stringify({ queue: target.shown, name: target.name, jobs: added })}\n` : `${added} jobs enqueued on ${target.shown} (${target.name}); run \`annals worker --queue ${flags.queue} --db postgres://…\` on any number of machines\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`annals: ${target.shown}: ${(error as Error).message}\n`);
    return 1;
  }
}

async function runIngest(paths: string[], flags: IngestFlags, verbose: boolean): Promise<number> {
  let publicationDate: string | undefined;
  try {
    publicationDate = flags.date === undefined ? undefined : dateOption(flags.date);
  } catch (error) {
    if (!isAnnalsError(error)) throw error;
    process.stderr.write(`annals: ${error.message}\n`);
    return 2;
  }
  const store = await openStoreOrReport(flags.db);
  if (!store) return 1;
  const bar = ingestProgress();
  try {
    const summary = await ingest(paths, store, {
      ...(flags.threads === undefined ? {} : { threads: flags.threads }),
      ...(flags.memory === undefined ? {} : { memoryMB: flags.memory }),
      ...(flags.batch === undefined ? {} : { batchSize: flags.batch }),
      ...(publicationDate ? { publicationDate } : {}),
      onProgress: (s) => bar.update(s),
    });
    bar.done();
    for (const line of summary.errors) process.stderr.write(`annals: ${line}\n`);
    const nothing = nothingRead(paths, summary);
    if (nothing) process.stderr.write(`annals: ${nothing}\n`);
    const db = flags.db ? ` --db ${flags.db}` : '';
    const next = `next: npx --no-install annals events${db} · annals events${db} --json · annals export${db} --format acled · annals serve${db}`;
    process.stdout.write(flags.json ? `${JSON.stringify({ store: store.location, ...summary })}\n` : `${formatSummary(summary)}\nstore: ${store.location}\n${next}\n`);
    return summary.errors.length > 0 || nothing ? 1 : 0;
  } catch (error) {
    bar.done();
    if (!isAnnalsError(error) && !(error instanceof Error)) throw error;
    process.stderr.write(`annals: ingest failed: ${error.message}\n`);
    if (verbose && error.stack) process.stderr.write(`${error.stack}\n`);
    return 1;
  } finally {
    await store.close();
  }
}
