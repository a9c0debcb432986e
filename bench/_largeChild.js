// One ingest of the synthetic corpus into a fresh PGlite store, alone in its process so that its peak
// RSS is its own. Prints one JSON line: progress points, seconds in the store, link seconds, peak RSS.
// node bench/_largeChild.js DIR STORE THREADS
import { ingest } from '../dist/ingest/index.js';
import { openStore } from '../dist/store/index.js';

const [dir, db, threads] = process.argv.slice(2);
const store = await openStore(db);
// the main thread's time in the store's transactions, while the workers go on extracting
let storeSeconds = 0;
const save = store.saveArticles.bind(store);
store.saveArticles = async (batch) => {
  const t0 = process.hrtime.bigint();
  try {
    return await save(batch);
  } finally {
    storeSeconds += Number(process.hrtime.bigint() - t0) / 1e9;
  }
};
const points = [];
let shown = 0;
const t0 = process.hrtime.bigint();
const summary = await ingest([dir], store, {
  threads: Number(threads),
  batchSize: 50,
  onProgress: (s) => {
    if (points.at(-1)?.stored === s.stored) return;
    points.push({ stored: s.stored, seconds: Number(process.hrtime.bigint() - t0) / 1e9 });
    if (s.stored - shown >= 500) process.stderr.write(`bench: ingest: ${(shown = s.stored)} articles stored in ${points.at(-1).seconds.toFixed(0)} s\n`);
  },
});
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
const counts = await store.counts();
await store.close();
const result = { seconds, points, storeSeconds, stored: summary.stored, events: counts.events, errors: summary.errors.slice(0, 3), maxRssMB: process.resourceUsage().maxRSS / 1024 };
process.stdout.write(`${JSON.stringify(result)}\n`);
