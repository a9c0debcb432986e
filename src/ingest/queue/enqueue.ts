import { createHash } from 'node:crypto';
import { Queue } from 'bullmq';
import { describeUnit, type WorkUnit } from '../workUnit.js';
import { workUnits } from '../workUnits.js';
import type { QueueTarget } from './queueTarget.js';

/** Retries for a failed job, with exponential backoff from this first delay. */
export const JOB_ATTEMPTS = 3;
const BACKOFF_MS = 2000;

// The same unit enqueued twice is one job: its id names the unit, so re-running ingest does not double work.
function jobId(unit: WorkUnit): string {
  return createHash('sha256').update(JSON.stringify(unit)).digest('hex').slice(0, 32);
}

/**
 * Enqueues one job per unit: a file, a dump, or a stream of a multistream dump (which decompresses on
 * its own, so many machines can share one dump). Returns how many jobs were added.
 * @example await enqueue(['dumps/enwiki-multistream.xml.bz2'], queueTarget('redis://127.0.0.1:6379')) // 36
 */
export async function enqueue(paths: readonly string[], target: QueueTarget): Promise<number> {
  const queue = new Queue<{ unit: WorkUnit }>(target.name, { connection: target.connection });
  try {
    let added = 0;
    const jobs: { name: string; data: { unit: WorkUnit }; opts: { jobId: string; attempts: number; backoff: { type: 'exponential'; delay: number }; removeOnComplete: number } }[] = [];
    for await (const unit of workUnits(paths)) {
      jobs.push({ name: describeUnit(unit), data: { unit }, opts: { jobId: jobId(unit), attempts: JOB_ATTEMPTS, backoff: { type: 'exponential', delay: BACKOFF_MS }, removeOnComplete: 1000 } });
      if (jobs.length >= 100) added += (await queue.addBulk(jobs.splice(0))).length;
    }
    added += (await queue.addBulk(jobs)).length;
    return added;
  } finally {
    await queue.close();
  }
}
