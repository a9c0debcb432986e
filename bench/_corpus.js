// The bench's texts in the three shapes, all made from the shared corpus (or, without it, the fixtures):
// Markdown as published, plain text in the seed's layout (what the Markdown reader makes of each), and
// wikitext (the full-article .wiki file and the English dump sample's article pages).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArticles } from '../dist/read/index.js';
import { exportPages } from '../dist/read/mediawikiXml.js';
import { decompressBzip2 } from '../dist/read/_bzip2.js';

const shared = new URL('../../shared/corpus/', import.meta.url).pathname;
const fixtures = new URL('../fixtures/', import.meta.url).pathname;
const DUMP = 'enwiki-latest-pages-articles1.xml-p000000010p000030302-shortened.bz2';

/** One input as the bench feeds it: `bytes` go to the pipeline, `text` (the same words) to the peers. */
function input(name, bytes, text = bytes.toString('utf8')) {
  return { name, bytes, text, mb: Buffer.byteLength(text) / 1e6 };
}

// A dump page alone is wikitext without its title: it is fed as a one-page export, as a dump gives it;
// its MB and the peers' text are the page's wikitext only.
function pageExport(page) {
  const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return Buffer.from(`<mediawiki><page><title>${escape(page.title)}</title><ns>0</ns><revision><text>${escape(page.text)}</text></revision></page></mediawiki>`);
}

/**
 * The corpus by shape: `{ where, markdown, plain, wikitext }`, each shape a list of inputs.
 * @example const { markdown } = await benchCorpus(); markdown.length // 251
 */
export async function benchCorpus() {
  const where = existsSync(join(shared, 'plain')) ? 'shared/corpus' : 'fixtures';
  const markdownDir = where === 'shared/corpus' ? join(shared, 'plain') : join(fixtures, 'articles');
  const markdown = readdirSync(markdownDir).sort().map((name) => input(name, readFileSync(join(markdownDir, name)))).filter((i) => i.text.startsWith('---'));
  const plain = [];
  for (const m of markdown) for (const a of (await readArticles(m.bytes, m.name)).articles) plain.push(input(m.name, Buffer.from(a.text)));
  const wikiDir = where === 'shared/corpus' ? join(shared, 'wikitext') : join(fixtures, 'articles');
  const wikitext = readdirSync(wikiDir).filter((n) => n.endsWith('.wiki')).map((name) => input(name, readFileSync(join(wikiDir, name))));
  const dumpPath = [join(shared, 'dumps', DUMP), join(fixtures, 'dumps', DUMP)].find(existsSync);
  const xml = Buffer.from(await decompressBzip2(readFileSync(dumpPath), DUMP, 1 << 30)).toString('utf8');
  for (const page of exportPages(xml, DUMP).filter((p) => p.ns === '0' && !p.redirect)) wikitext.push(input(page.title, pageExport(page), page.text));
  return { where, markdown, plain, wikitext };
}
