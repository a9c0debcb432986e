// `npm run bench:export`: exports of a large store stream with flat memory. Builds (once, kept in
// BENCH_STORE or node_modules/.cache/annals/bench-export-<N>) a PGlite store of N articles (default
// 5,000) by saving the fixture extractions again and again under new ids, titles and sources; then
// exports every format to /dev/null, each in a process of its own, and prints rows, seconds and
// resident memory (at the first rows, at the peak, at the end). Figures, never pass/fail.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { clearInterval, setInterval } from 'node:timers';
import { exportChunks } from '../dist/export/index.js';
import { extractFile, toExtraction } from '../dist/pipeline.js';
import { openStore } from '../dist/store/index.js';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 5000);
const FOLDER = process.env.BENCH_STORE ?? new URL(`../node_modules/.cache/annals/bench-export-${ARTICLES}`, import.meta.url).pathname;
const BATCH = 50;
const MB = (bytes) => (bytes / 2 ** 20).toFixed(0);

// A fixture extraction saved again as the `copy`-th article: new content hash, title and source.
function copyOf(x, copy) {
  const id = createHash('sha256').update(`${x.id}/${copy}`).digest('hex');
  const article = { ...x, id, title: `${x.title} (${copy})`, source: `bench/${copy}/${x.source}` };
  // provenance names its article by id
  return JSON.parse(JSON.stringify(article).replaceAll(x.id, id));
}

async function buildStore() {
  const store = await openStore(FOLDER);
  try {
    const stored = (await store.counts()).articles;
    if (stored >= ARTICLES) return console.log(`store: ${FOLDER} already holds ${stored} articles`);
    const dir = new URL('../fixtures/articles/', import.meta.url).pathname;
    const fixtures = [];
    for (const name of readdirSync(dir).sort()) fixtures.push(...(await extractFile(join(dir, name))).articles.map(toExtraction));
    const started = process.hrtime.bigint();
    for (let n = stored; n < ARTICLES; n += BATCH) {
      const batch = [];
      for (let i = n; i < Math.min(n + BATCH, ARTICLES); i++) batch.push(copyOf(fixtures[i % fixtures.length], Math.floor(i / fixtures.length)));
      await store.saveArticles(batch);
      if ((n / BATCH) % 20 === 0) process.stderr.write(`store: ${n + batch.length} articles\r`);
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const counts = await store.counts();
    console.log(`store: built ${FOLDER}: ${counts.articles} articles, ${counts.events} events, ${counts.movements} movements in ${seconds.toFixed(0)} s (${fixtures.length} fixture extractions repeated)`);
  } finally {
    await store.close();
  }
}

// One export in this process: RSS sampled every 50 ms, and at the first 1,000 events.
async function exportOnce(format, limit) {
  const store = await openStore(FOLDER);
  const tally = { events: 0, movements: 0 };
  let peak = process.memoryUsage().rss;
  let early = null;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  const out = createWriteStream('/dev/null');
  const opened = process.memoryUsage().rss;
  const started = process.hrtime.bigint();
  for await (const piece of exportChunks(store, format, limit === undefined ? {} : { limit }, tally)) {
    if (early === null && tally.events >= 1000) early = process.memoryUsage().rss;
    if (!out.write(piece)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  clearInterval(sampler);
  const end = process.memoryUsage().rss;
  await store.close();
  process.stdout.write(JSON.stringify({ format, limit, ...tally, seconds, opened, early, peak: Math.max(peak, end), end, maxRSS: process.resourceUsage().maxRSS * 1024 }));
}

if (process.argv[2] === '--child') {
  await exportOnce(process.argv[3], process.argv[4] === undefined ? undefined : Number(process.argv[4]));
} else {
  if (!existsSync(new URL('../dist/export/index.js', import.meta.url))) throw new Error('build first: npm run build');
  await buildStore();
  const runs = [['acled', 1000], ['acled'], ['ucdp'], ['geojson'], ['jsonl']];
  const rows = [['format', 'events', 'movements', 'seconds', 'events/s', 'RSS opened MB', 'RSS at 1,000 events MB', 'RSS peak MB', 'RSS end MB']];
  for (const [format, limit] of runs) {
    const child = spawnSync(process.execPath, [new URL(import.meta.url).pathname, '--child', format, ...(limit ? [String(limit)] : [])], { encoding: 'utf8', maxBuffer: 1 << 20, stdio: ['ignore', 'pipe', 'inherit'] });
    if (child.status !== 0) throw new Error(`${format}: exit ${child.status}`);
    const r = JSON.parse(child.stdout);
    rows.push([limit ? `${format} (first ${limit})` : format, r.events, r.movements, r.seconds.toFixed(1), (r.events / r.seconds).toFixed(0), MB(r.opened), r.early === null ? '' : MB(r.early), MB(r.peak), MB(r.end)]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => String(row[i]).length)));
  for (const row of rows) console.log(row.map((c, i) => String(c).padEnd(widths[i])).join('  '));
  console.log(`\neach export in its own process, written to /dev/null; node ${process.version}`);
}
