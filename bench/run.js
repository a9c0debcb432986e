// `npm run bench`: one table of figures, never pass/fail (speed targets live here, not in unit tests).
// 0. The CLI's cold start-up (--help, --version, one seed-sized article) and the dump scan beside
//    bzcat on the multistream sample (_startup.js, _dumpScan.js; alone: `npm run bench:startup`).
// 1. The corpus, by shape, on one core: end-to-end extraction beside wtf_wikipedia, chrono-node and
//    compromise over the same texts (ratios ours / theirs), and each stage's share.
// 2. A synthetic corpus of BENCH_ARTICLES articles made from it, ingested into PGlite on every core:
//    throughput per core, time to 100 / 1,000 / … articles (linear growth keeps ms per article level),
//    time in the store, peak RSS.
// 3. /api/events latency (p50/p99) with filters at a fixed rate, autocannon against `annals serve`
//    on 127.0.0.1 over that store.
// Progress goes to stderr, the table to stdout. Environment: README.md, "Benchmarks".
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gazetteerFigures } from '../dist/resolve/gazetteer/index.js';
import { extractBytes } from '../dist/pipeline.js';
import { openStore } from '../dist/store/index.js';
import { apiLatency } from './_apiLatency.js';
import { benchCorpus } from './_corpus.js';
import { dumpScanRows } from './_dumpScan.js';
import { shapeRows } from './_corpusRows.js';
import { largeRows } from './_largeRows.js';
import { startupRows } from './_startup.js';
import { syntheticCorpus } from './_synthetic.js';
import { fixed, formatTable, progress, since } from './_table.js';
import { targetLines } from './_targets.js';

// 1,000 fits a few minutes on 2 cores; issue 9's 5,000 takes BENCH_ARTICLES=5000
const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 1000);
const THREADS = Number(process.env.BENCH_THREADS ?? availableParallelism());
const API_RATE = Number(process.env.BENCH_API_RATE ?? 10);
const API_SECONDS = Number(process.env.BENCH_API_SECONDS ?? 8);
const SHAPES = (process.env.BENCH_SHAPES ?? 'markdown,plain,wikitext').split(',');
// a quick look: only the first N inputs of each shape
const INPUTS = Number(process.env.BENCH_INPUTS ?? Infinity);

const started = process.hrtime.bigint();
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
const loadBefore = load();
const gz = gazetteerFigures(); // measured first, before anything else fills the heap
const corpus = await benchCorpus();
// opens the gazetteer (a cost of the process, not of an article) and warms each shape's code
for (const shape of SHAPES) for (const input of corpus[shape].slice(0, 3)) await extractBytes(input.bytes, input.name);
const root = mkdtempSync(join(tmpdir(), 'annals-bench-'));
const rows = [['shape', 'corpus', 'figure', 'seconds', 'share', 'MB/s/core', 'art/s/core', 'baseline, same texts, same run', 'their MB/s', 'ours/theirs', 'notes']];
// The base layer (cities500 + the village layer): its load, once per process, shared by the ingest threads.
// Cold starts of the CLI and the dump scan beside bzcat, first, in processes of their own.
rows.push(...startupRows(), ...dumpScanRows());
rows.push(['gazetteer', `${gz.places} places`, 'base layer load', fixed(gz.loadMs / 1000, 2), '', '', '', '', '', '', `~${fixed(gz.memoryMB, 0)} MB (data file + spatial index, shared by threads); ${gz.villages} places from the village layer${gz.built ? '; file built this run' : ''}`]);
try {
  const store = await openStore(join(root, 'corpus-store'));
  const figures = [];
  try {
    for (const shape of SHAPES) {
      const measured = await shapeRows(shape, corpus[shape].slice(0, INPUTS), store);
      rows.push(...measured.rows);
      figures.push(measured.figures);
    }
  } finally {
    await store.close();
  }
  const dir = join(root, 'synthetic');
  const mb = syntheticCorpus(corpus, dir, ARTICLES);
  progress(`synthetic: ${ARTICLES} articles (${mb.toFixed(1)} MB) into PGlite on ${THREADS} threads`);
  const large = join(root, 'large-store');
  const child = spawnSync(process.execPath, [new URL('./_largeChild.js', import.meta.url).pathname, dir, large, String(THREADS)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 26 });
  if (child.status !== 0) throw new Error(`the synthetic ingest failed (exit ${child.status})`);
  const ingest = JSON.parse(child.stdout.trim().split('\n').pop());
  rows.push(...largeRows(ingest, { articles: ARTICLES, mb, threads: THREADS }));
  progress(`API: /api/events at ${API_RATE} requests/s for ${API_SECONDS} s per filter`);
  const paths = ['/api/events', '/api/events?country=SY', '/api/events?type=Battles&from=2016-01-01&to=2016-12-31', '/api/events?actor=Syrian%20Army&limit=50', '/api/events?q=airstrike&country=SY'];
  for (const r of await apiLatency(large, paths, API_RATE, API_SECONDS)) {
    rows.push(['api', `${ingest.stored} articles`, `GET ${r.path}`, '', '', '', '', '', '', '', `p50 ${r.p50} ms · p99 ${r.p99} ms · max ${r.max} ms at ${fixed(r.rps, 1)} req/s; ${r.non2xx + r.errors} not 2xx (first: ${r.status})`]);
  }
  console.log(`annals bench — node ${process.version}, ${availableParallelism()} cores, load average ${loadBefore} at the start, ${load()} at the end`);
  console.log(`corpus: ${corpus.where}; gazetteer: ${gz.places} places loaded in ${gz.loadMs.toFixed(0)} ms, ~${gz.memoryMB.toFixed(0)} MB; each peer runs right after the pipeline on each input\n`);
  console.log(formatTable(rows));
  console.log(`\n${targetLines(figures).join('\n')}`);
  console.log(`\npeak RSS: this process ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (the corpus section), the ingest process ${ingest.maxRssMB.toFixed(0)} MB; whole bench ${since(started).toFixed(0)} s`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
