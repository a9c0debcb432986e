// One ingest, alone in its process so that its peak RSS is its own: prints one JSON line.
// node bench/ingestChild.js DIR DB [THREADS]   (no THREADS: ingest's default, sized for its memory budget)
// Peak RSS is the kernel's high-water mark for this process (getrusage), which counts the main
// thread, every worker thread and PGlite's WASM memory; ingest starts no child processes. It is
// read at the last save too, before ingest links the store across articles (the link step holds
// every entity and event of the store, so it grows with the store, not with the run).
import { loadavg } from 'node:os';
import { ingest } from '../dist/ingest/index.js';
import { openStore } from '../dist/store/index.js';

const [dir, db, threads] = process.argv.slice(2);
const maxRssMB = () => process.resourceUsage().maxRSS / 1024;
const store = await openStore(db);
const t0 = process.hrtime.bigint();
const elapsed = () => Number(process.hrtime.bigint() - t0) / 1e9;
let beforeLink = { seconds: 0, maxRssMB: 0 };
const summary = await ingest([dir], store, { ...(threads ? { threads: Number(threads) } : {}), onProgress: () => (beforeLink = { seconds: elapsed(), maxRssMB: maxRssMB() }) });
const seconds = elapsed();
await store.close();
const { stored, events, errors } = summary;
process.stdout.write(`${JSON.stringify({ seconds, stored, events, errors: errors.length, threads: summary.threads, beforeLink, maxRssMB: maxRssMB(), load: loadavg()[0] })}\n`);
