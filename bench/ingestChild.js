// One ingest, alone in its process so that its peak RSS is its own: prints one JSON line.
// node bench/ingestChild.js DIR DB [THREADS]   (no THREADS: ingest's default, sized for its memory budget)
// Peak RSS is the kernel's high-water mark for this process (getrusage), which counts the main
// thread, every worker thread and PGlite's WASM memory; ingest starts no child processes.
import { loadavg } from 'node:os';
import { ingest } from '../dist/ingest/index.js';
import { openStore } from '../dist/store/index.js';

const [dir, db, threads] = process.argv.slice(2);
const store = await openStore(db);
const t0 = process.hrtime.bigint();
const summary = await ingest([dir], store, threads ? { threads: Number(threads) } : {});
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
await store.close();
process.stdout.write(
  `${JSON.stringify({ seconds, stored: summary.stored, events: summary.events, errors: summary.errors.length, threads: summary.threads, maxRssMB: process.resourceUsage().maxRSS / 1024, load: loadavg()[0] })}\n`,
);
