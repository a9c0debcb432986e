// `npm run bench`: throughput of the stages built so far, beside baselines measured in the same run on
// the same texts, as ratios. Figures, never pass/fail: speed targets live here, not in unit tests.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import wtf from 'wtf_wikipedia';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { readArticles, segment } from '../dist/index.js';
import { existsSync } from 'node:fs';
import { gazetteerFigures } from '../dist/resolve/gazetteer/index.js';
import { gazetteerLexicon, openGazetteer, resolve } from '../dist/resolve/index.js';
import { nameRecognisers, recognise } from '../dist/recognise/index.js';
import { dateRecognisers, referenceDate } from '../dist/recognise/dates/index.js';
import { quantityRecognisers } from '../dist/recognise/quantities/index.js';
import { exportPages } from '../dist/read/mediawikiXml.js';
import { decompressBzip2 } from '../dist/read/_bzip2.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
// Measured first, before anything else fills the heap.
const gz = gazetteerFigures();
const fixtures = new URL('../fixtures/', import.meta.url).pathname;

function best(fn) {
  let fastest = Infinity;
  for (let i = 0; i < ROUNDS; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    fastest = Math.min(fastest, Number(process.hrtime.bigint() - t0) / 1e9);
  }
  return fastest;
}

async function bestAsync(fn) {
  let fastest = Infinity;
  for (let i = 0; i < ROUNDS; i++) {
    const t0 = process.hrtime.bigint();
    await fn();
    fastest = Math.min(fastest, Number(process.hrtime.bigint() - t0) / 1e9);
  }
  return fastest;
}

const articleFiles = readdirSync(join(fixtures, 'articles')).map((name) => ({ name, bytes: readFileSync(join(fixtures, 'articles', name)) }));
const articleMB = articleFiles.reduce((n, f) => n + f.bytes.length, 0) / 1e6;
const dumpBytes = readFileSync(join(fixtures, 'dumps', 'enwiki-latest-pages-articles1.xml-p000000010p000030302-shortened.bz2'));
const xml = Buffer.from(await decompressBzip2(dumpBytes, 'dump', 1 << 30)).toString('utf8');
const pages = exportPages(xml, 'dump').filter((p) => p.ns === '0' && !p.redirect);
const wikiMB = pages.reduce((n, p) => n + Buffer.byteLength(p.text), 0) / 1e6;
const wikiBuffers = pages.map((p) => Buffer.from(`<mediawiki><page><title>${p.title.replace(/[<&]/g, '')}</title><ns>0</ns><revision><text>${p.text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</text></revision></page></mediawiki>`));

let readArticlesOut = [];
const readSeconds = await bestAsync(async () => {
  readArticlesOut = [];
  for (const f of articleFiles) readArticlesOut.push(...(await readArticles(f.bytes, f.name)).articles);
});
const segmentSeconds = best(() => readArticlesOut.forEach((a) => segment(a)));
const nlp = winkNLP(model);
const winkSeconds = best(() => readArticlesOut.forEach((a) => nlp.readDoc(a.text).sentences().length()));

let wikiArticles = [];
const wikiReadSeconds = await bestAsync(async () => {
  wikiArticles = [];
  for (const b of wikiBuffers) wikiArticles.push(...(await readArticles(b, 'page')).articles);
});
const wikiSegmentSeconds = best(() => wikiArticles.forEach((a) => segment(a)));
const wtfSeconds = best(() => pages.forEach((p) => wtf(p.text).text()));

const mbps = (mb, s) => (mb / s).toFixed(2);
const rows = [
  ['corpus', 'stage', 'MB', 'seconds', 'MB/s', 'articles/s', 'baseline', 'baseline MB/s', 'ours / baseline'],
  ['fixtures/articles (plain+Markdown+wikitext)', 'read', articleMB.toFixed(2), readSeconds.toFixed(3), mbps(articleMB, readSeconds), (articleFiles.length / readSeconds).toFixed(0), '', '', ''],
  ['', 'segment', '', segmentSeconds.toFixed(3), mbps(articleMB, segmentSeconds), '', '', '', ''],
  ['', 'read+segment', '', (readSeconds + segmentSeconds).toFixed(3), mbps(articleMB, readSeconds + segmentSeconds), (articleFiles.length / (readSeconds + segmentSeconds)).toFixed(0), 'wink-nlp readDoc alone', mbps(articleMB, winkSeconds), (winkSeconds / (readSeconds + segmentSeconds)).toFixed(2)],
  [`enwiki dump sample (${pages.length} article pages)`, 'read', wikiMB.toFixed(2), wikiReadSeconds.toFixed(3), mbps(wikiMB, wikiReadSeconds), (pages.length / wikiReadSeconds).toFixed(0), 'wtf_wikipedia parse + .text()', mbps(wikiMB, wtfSeconds), (wtfSeconds / wikiReadSeconds).toFixed(2)],
  ['', 'read+segment', '', (wikiReadSeconds + wikiSegmentSeconds).toFixed(3), mbps(wikiMB, wikiReadSeconds + wikiSegmentSeconds), (pages.length / (wikiReadSeconds + wikiSegmentSeconds)).toFixed(0), 'wtf_wikipedia parse + .text()', mbps(wikiMB, wtfSeconds), (wtfSeconds / (wikiReadSeconds + wikiSegmentSeconds)).toFixed(2)],
];
// Recognise and resolve over the 251-article corpus when it sits beside the repository, else the fixtures.
const corpusDir = new URL('../../shared/corpus/plain/', import.meta.url).pathname;
const corpusFiles = existsSync(corpusDir) ? readdirSync(corpusDir).map((name) => ({ name, bytes: readFileSync(join(corpusDir, name)) })) : articleFiles;
const corpusName = existsSync(corpusDir) ? `shared corpus (${corpusFiles.length} articles)` : `fixtures/articles (${corpusFiles.length})`;
const corpusMB = corpusFiles.reduce((n, f) => n + f.bytes.length, 0) / 1e6;
const segmented = [];
for (const f of corpusFiles) for (const a of (await readArticles(f.bytes, f.name)).articles) segmented.push(segment(a));
const sentences = segmented.reduce((n, a) => n + a.sentences.length, 0);
const gazetteer = openGazetteer({ userDir: null });
const lexicon = gazetteerLexicon(gazetteer);
const recognisers = [...dateRecognisers, ...quantityRecognisers, ...nameRecognisers(lexicon)];
let recognised = [];
const recogniseSeconds = best(() => {
  recognised = segmented.map((a) => recognise(a, recognisers, referenceDate(a)));
});
const resolveSeconds = best(() => recognised.forEach((a) => resolve(a, gazetteer, lexicon)));
const chronoOnly = best(() => segmented.forEach((a) => recognise(a, dateRecognisers, referenceDate(a))));
rows.push(
  [corpusName, 'recognise (all)', corpusMB.toFixed(2), recogniseSeconds.toFixed(3), mbps(corpusMB, recogniseSeconds), `${(sentences / recogniseSeconds).toFixed(0)} sentences/s`, 'date recognisers alone (chrono)', mbps(corpusMB, chronoOnly), (chronoOnly / recogniseSeconds).toFixed(2)],
  ['', 'resolve', '', resolveSeconds.toFixed(3), mbps(corpusMB, resolveSeconds), `${(segmented.length / resolveSeconds).toFixed(0)} articles/s`, '', '', ''],
);
console.log(`gazetteer base layer: ${gz.places} places, ${gz.keys} name keys, ${gz.fileMB.toFixed(1)} MB file; loaded in ${gz.loadMs.toFixed(0)} ms${gz.built ? ' (built first)' : ''}, ~${gz.memoryMB.toFixed(0)} MB retained\n`);

const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
for (const row of rows) console.log(row.map((c, i) => String(c).padEnd(widths[i])).join('  '));
console.log(`\nbest of ${ROUNDS} rounds, one core; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB; node ${process.version}`);
