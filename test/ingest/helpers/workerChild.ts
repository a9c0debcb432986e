// A worker process for the queue test: consumes the queue into a store until it is idle.
// Run with `node ...nodeArguments(...)` (src/runtime): from the sources, the TypeScript hooks preloaded.
import { queueTarget, runWorker } from '../../../src/ingest/queue/index.js';
import { openStore } from '../../../src/store/index.js';
import { config } from './poolConfig.js';

const [queue, db] = process.argv.slice(2);
if (!queue || !db) throw new Error('usage: workerChild QUEUE_URL DB');
const store = await openStore(db);
const summary = await runWorker(queueTarget(queue), store, { exitWhenIdle: true, config, batchSize: 2 });
await store.close();
process.stdout.write(`${JSON.stringify(summary)}\n`);
