// `npm run bench` (ingest section): articles/s and MB/s into PGlite and into PostgreSQL over a synthetic
// corpus of BENCH_INGEST_ARTICLES (default 5,000) articles made by repeating the fixtures under new
// titles, with the ingest process's peak RSS (whole process: main thread, worker threads, PGlite) up to
// the last save and over the whole run, in MiB (getrusage KiB / 1024; 500 MiB is 524 MB) (the link step at the end holds the whole store's entities and
// events), and the 1-minute load average at the end of each run. Threads: ingest's default (one per core, as many
// as fit in its 500 MB budget), or BENCH_INGEST_THREADS. Alone: `node bench/ingest.js` after `npm run build`.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const N = Number(process.env.BENCH_INGEST_ARTICLES ?? 5000);
const POSTGRES = process.env.BENCH_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432/test';
const fixtures = new URL('../fixtures/articles/', import.meta.url).pathname;
// Markdown and plain-text fixtures: their title line is the first "= … =" or `title:` line.
const sources = readdirSync(fixtures).filter((n) => n.endsWith('.txt')).map((n) => readFileSync(join(fixtures, n), 'utf8'));

function syntheticCorpus(dir) {
  let bytes = 0;
  for (let i = 0; i < N; i++) {
    const text = sources[i % sources.length];
    // a new title makes a new article (new content hash), the rest of the text is the fixture's
    const renamed = text.replace(/^(= .*?)( =)$/m, `$1 (copy ${i})$2`).replace(/^(title: .*)$/m, `$1 (copy ${i})`);
    writeFileSync(join(dir, `a${String(i).padStart(5, '0')}.txt`), renamed);
    bytes += Buffer.byteLength(renamed);
  }
  return bytes / 1e6;
}

function run(dir, db, threads) {
  const out = spawnSync(process.execPath, [new URL('./ingestChild.js', import.meta.url).pathname, dir, db, ...(threads ? [String(threads)] : [])], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (out.status !== 0) throw new Error(`ingest into ${db} failed: ${out.stderr}`);
  return JSON.parse(out.stdout.trim().split('\n').pop());
}

const root = mkdtempSync(join(tmpdir(), 'annals-bench-ingest-'));
const corpus = join(root, 'corpus');
mkdirSync(corpus);
const mb = syntheticCorpus(corpus);
const threads = process.env.BENCH_INGEST_THREADS ? Number(process.env.BENCH_INGEST_THREADS) : undefined;
// articles/s and MB/s over extraction and saving; the link step after the last save is timed apart
const rows = [['store', 'threads', 'articles', 'MB', 'seconds', 'articles/s', 'MB/s', 'events', 'peak RSS MiB to last save', 'link s', 'peak RSS MiB with link', 'load']];
const row = (name, r) => {
  const t = `${r.threads.threads}/${r.threads.cores} cores${r.threads.memoryMB ? ` (${r.threads.memoryMB} MB)` : ''}`;
  const s = r.beforeLink.seconds;
  rows.push([name, t, r.stored, mb.toFixed(1), s.toFixed(1), (r.stored / s).toFixed(1), (mb / s).toFixed(2), r.events, r.beforeLink.maxRssMB.toFixed(0), (r.seconds - s).toFixed(1), r.maxRssMB.toFixed(0), r.load.toFixed(1)]);
};
row('PGlite (embedded)', run(corpus, join(root, 'pglite'), threads));
const schema = `annals_bench_${process.pid}`;
try {
  execFileSync('psql', [POSTGRES, '-qc', `create schema ${schema}`]);
  row('PostgreSQL server', run(corpus, `${POSTGRES}?options=${encodeURIComponent(`-c search_path=${schema}`)}`, threads));
} catch (error) {
  rows.push(['PostgreSQL server', '—', `not measured: ${error.message.split('\n')[0]}`]);
} finally {
  spawnSync('psql', [POSTGRES, '-qc', `drop schema if exists ${schema} cascade`]);
}
rmSync(root, { recursive: true, force: true });
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i] ?? '').length)));
console.log(`\ningest: ${N} articles (${sources.length} fixtures repeated under new titles)`);
for (const r of rows) console.log(r.map((c, i) => String(c ?? '').padEnd(widths[i])).join('  '));
