// `node bench/linkCorpus.js` after `npm run build`: ingests the whole corpus (../shared/corpus/plain)
// and the seed into a new PGlite store, links it, and prints what linking adds to ingest time. Then
// checks fixtures/link/merges.tsv against the whole corpus (the unit test checks it on a subset) and
// that the same articles stored in reverse order link to the same clusters. Figures, never pass/fail
// for speed; the list's failures are printed and set the exit status.
// ANNALS_DIST=path uses another build folder; BENCH_THREADS sets the ingest threads (default: every core).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const root = new URL('..', import.meta.url).pathname;
const dist = resolve(process.env.ANNALS_DIST ?? join(root, 'dist'));
const { ingest } = await import(join(dist, 'ingest/index.js'));
const { linkStore } = await import(join(dist, 'link/index.js'));
const { openStore } = await import(join(dist, 'store/index.js'));

const corpus = resolve(root, '../shared/corpus/plain');
const seed = resolve(root, '../shared/seed/Bombardment_of_Gao.txt');
if (!existsSync(corpus)) throw new Error(`${corpus}: the shared corpus is not beside the repository`);
const threads = Number(process.env.BENCH_THREADS ?? availableParallelism());
const folder = mkdtempSync(join(tmpdir(), 'annals-bench-link-'));

// One check of the list: an entity by article title and name or alias, an event by "DATE TYPE @ PLACE" (* for any).
async function canonicalOf(store, article, name) {
  for (const candidate of await store.entities({ q: name })) {
    const detail = await store.entity(candidate.id);
    if (detail?.members.some((m) => m.article.title === article && (m.name === name || m.aliases.some((a) => a.text === name)))) return candidate.id;
  }
  return null;
}

function matches(what, source) {
  const [, date, type, place] = /^(\S+) (.+?) @ (.+)$/.exec(what) ?? [];
  return (date === '*' || source.date?.start === date) && (type === '*' || source.sub_event_type === type) && (place === '*' || source.place === place);
}

async function check(store, [verdict, articleA, whatA, articleB, whatB]) {
  if (verdict === 'merge' || verdict === 'apart') {
    const [x, y] = [await canonicalOf(store, articleA, whatA), await canonicalOf(store, articleB, whatB)];
    return { ok: x !== null && y !== null && (x === y) === (verdict === 'merge'), found: `${x} / ${y}` };
  }
  let [a, b, both] = [0, 0, 0];
  for await (const e of store.linkedEvents()) {
    const inA = e.sources.some((s) => s.article.title === articleA && matches(whatA, s));
    const inB = e.sources.some((s) => s.article.title === articleB && matches(whatB, s));
    [a, b, both] = [a + Number(inA), b + Number(inB), both + Number(inA && inB)];
  }
  return { ok: a > 0 && b > 0 && both > 0 === (verdict === 'link'), found: `${a} and ${b} events, ${both} linked together` };
}

async function clusterSet(store) {
  const ids = [];
  for await (const e of store.linkedEvents()) ids.push(`${e.id} ${e.sources.map((s) => `${s.article.id}/${s.event_id}`).sort().join(' ')}`);
  return ids.sort().join('\n');
}

try {
  const store = await openStore(join(folder, 'store'));
  const t0 = performance.now();
  const summary = await ingest([corpus, seed], store, { threads });
  const ingestSeconds = (performance.now() - t0) / 1000;
  const t1 = performance.now();
  const links = await linkStore(store);
  const linkSeconds = (performance.now() - t1) / 1000;
  console.log(`\nlink: ${summary.stored} articles (${summary.errors.length} errors), ${summary.events} events, ${threads} ingest threads`);
  console.log(`ingest ${ingestSeconds.toFixed(1)} s; link ${linkSeconds.toFixed(1)} s (read ${(links.read_ms / 1000).toFixed(1)}, compute ${(links.link_ms / 1000).toFixed(1)}, save ${(links.save_ms / 1000).toFixed(1)}) = +${((100 * linkSeconds) / ingestSeconds).toFixed(1)}% of ingest`);
  console.log(`${links.entities} entities → ${links.canonical_entities} canonical (${links.merged_entities} in several articles); ${links.events} events → ${links.clusters} linked events (${links.linked_clusters} with several sources); ${links.conflicts} conflicts`);

  const list = readFileSync(join(root, 'fixtures/link/merges.tsv'), 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#')).map((l) => l.split('\t'));
  let failed = 0;
  for (const row of list) {
    const { ok, found } = await check(store, row);
    if (!ok) {
      failed++;
      console.log(`  FAIL ${row[0]}: ${row[2]} (${row[1]}) ~ ${row[4]} (${row[3]}) — found ${found}`);
    }
  }
  console.log(`merge list over the whole corpus: ${list.length - failed} of ${list.length} right`);

  // the same articles stored in reverse order: other keys, other batches, the same clusters
  const articles = await store.articles();
  const extractions = (await Promise.all(articles.map((a) => store.article(a.id)))).filter(Boolean).reverse();
  const other = await openStore(join(folder, 'reversed'));
  for (let i = 0; i < extractions.length; i += 32) await other.saveArticles(extractions.slice(i, i + 32));
  await linkStore(other);
  const same = (await clusterSet(other)) === (await clusterSet(store));
  console.log(`stored in reverse order: ${same ? 'the same' : 'DIFFERENT'} clusters`);
  await other.close();
  await store.close();
  process.exitCode = failed > 0 || !same ? 1 : 0;
} finally {
  rmSync(folder, { recursive: true, force: true });
}
