// `npm run bench:export`: exports of a large store stream with flat memory. Builds (once, kept in
// BENCH_STORE or node_modules/.cache/annals/bench-export-<N>) a PGlite store of N articles (default
// 5,000) by saving the fixture extractions again and again under new ids, titles and sources; then
// exports every format (or BENCH_FORMATS=acled,…) to /dev/null, each in a process of its own, and
// prints rows, seconds, and memory as the rows go by and at its peak. Figures, never pass/fail.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { clearInterval, setInterval } from 'node:timers';
import { emptyTally, exportChunks } from '../dist/export/index.js';
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

// Memory is read when an export has written this many events, after a full collection (what is
// still live, not what the collector has yet to free): flat memory keeps it level.
const MILESTONES = [1_000, 10_000, 40_000, 70_000];

// One export in this process: RSS and JS heap sampled every 50 ms, and both at the milestones.
async function exportOnce(format) {
  const store = await openStore(FOLDER);
  const tally = emptyTally();
  let peak = process.memoryUsage().rss;
  let heapPeak = process.memoryUsage().heapUsed;
  const at = {};
  const sampler = setInterval(() => {
    const { rss, heapUsed } = process.memoryUsage();
    peak = Math.max(peak, rss);
    heapPeak = Math.max(heapPeak, heapUsed);
  }, 50);
  const out = createWriteStream('/dev/null');
  const opened = process.memoryUsage().rss;
  const started = process.hrtime.bigint();
  for await (const piece of exportChunks(store, format, {}, tally)) {
    for (const m of MILESTONES) {
      if (at[m] !== undefined || tally.events < m) continue;
      globalThis.gc?.();
      at[m] = process.memoryUsage();
    }
    if (!out.write(piece)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  clearInterval(sampler);
  await store.close();
  process.stdout.write(JSON.stringify({ format, ...tally, seconds, opened, at, peak, heapPeak }));
}

if (process.argv[2] === '--child') {
  await exportOnce(process.argv[3]);
} else {
  if (!existsSync(new URL('../dist/export/index.js', import.meta.url))) throw new Error('build first: npm run build');
  await buildStore();
  const formats = (process.env.BENCH_FORMATS ?? 'acled,ucdp,geojson,jsonl').split(',');
  const rows = [['format', 'events', 'movements', 'seconds', 'events/s', 'RSS opened MB', ...MILESTONES.map((m) => `RSS / live heap at ${m.toLocaleString('en')} MB`), 'RSS peak MB', 'JS heap peak MB']];
  for (const format of formats) {
    const child = spawnSync(process.execPath, ['--expose-gc', new URL(import.meta.url).pathname, '--child', format], { encoding: 'utf8', maxBuffer: 1 << 20, stdio: ['ignore', 'pipe', 'inherit'] });
    if (child.status !== 0) throw new Error(`${format}: exit ${child.status}`);
    const r = JSON.parse(child.stdout);
    const milestones = MILESTONES.map((m) => (r.at[m] === undefined ? '' : `${MB(r.at[m].rss)} / ${MB(r.at[m].heapUsed)}`));
    rows.push([format, r.events, r.movements, r.seconds.toFixed(1), (r.events / r.seconds).toFixed(0), MB(r.opened), ...milestones, MB(r.peak), MB(r.heapPeak)]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => String(row[i]).length)));
  for (const row of rows) console.log(row.map((c, i) => String(c).padEnd(widths[i])).join('  '));
  console.log(`\neach export in its own process, written to /dev/null; live heap measured after a full collection; node ${process.version}`);
}
