// A child process for the crash test: ingests a folder into a PGlite store and prints a line after every
// saved batch, so that the parent can kill it at a chosen point. Run with `node ...nodeArguments(...)` (src/runtime).
import { ingest } from '../../../src/ingest/index.js';
import { openStore } from '../../../src/store/index.js';

const [folder, db, batch] = process.argv.slice(2);
if (!folder || !db) throw new Error('usage: ingestChild FOLDER DB [BATCH]');
const store = await openStore(db);
const summary = await ingest([folder], store, {
  threads: 1,
  batchSize: Number(batch ?? 2),
  configModule: new URL('./poolConfig.ts', import.meta.url),
  onProgress: (s) => process.stdout.write(`saved ${s.read}\n`),
});
await store.close();
process.stdout.write(`done ${JSON.stringify(summary)}\n`);
