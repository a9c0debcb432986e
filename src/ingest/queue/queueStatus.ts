import { Queue } from 'bullmq';
import type { QueueTarget } from './queueTarget.js';

export interface QueueStatus {
  queue: string;
  waiting: number;
  active: number;
  delayed: number;
  completed: number;
  failed: number;
  /** Jobs that failed every attempt, with the last reason. */
  failures: { unit: string; attempts: number; reason: string }[];
}

/**
 * The queue's job counts and its failed jobs (`annals ingest --status --queue …`).
 * @example (await queueStatus(target)).failures // [{ unit: 'dumps/x.xml.bz2 (bytes 568–28704)', attempts: 3, reason: '…' }]
 */
export async function queueStatus(target: QueueTarget): Promise<QueueStatus> {
  const queue = new Queue(target.name, { connection: target.connection });
  try {
    const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'completed', 'failed');
    const failed = await queue.getFailed(0, 999);
    return {
      queue: `${target.shown} ${target.name}`,
      waiting: counts['waiting'] ?? 0,
      active: counts['active'] ?? 0,
      delayed: counts['delayed'] ?? 0,
      completed: counts['completed'] ?? 0,
      failed: counts['failed'] ?? 0,
      failures: failed.map((job) => ({ unit: job.name, attempts: job.attemptsMade, reason: job.failedReason })),
    };
  } finally {
    await queue.close();
  }
}
