export { queueTarget, type QueueTarget } from './queueTarget.js';
export { enqueue, JOB_ATTEMPTS } from './enqueue.js';
export { queueStatus, type QueueStatus } from './queueStatus.js';
export { runWorker, type WorkerOptions } from './runWorker.js';
