import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pagesOf, workUnits, type DumpStreamUnit, type Page, type Skipped } from '../../src/ingest/index.js';
import { decompressedBytes } from '../../src/ingest/_unitBytes.js';
import { ARTICLE_FIXTURES } from '../helpers/fixtures.js';
import { collect, countByReason, ENWIKI_206, ENWIKI_3, FATWIKI, FATWIKI_INDEX, MULTISTREAM } from './helpers/dumps.js';

const dir = mkdtempSync(join(tmpdir(), 'annals-pages-'));
const isPage = (p: Page | Skipped): p is Page => !('skipped' in p);
// the index writes titles as XML text: "Sandra &quot;Alexandrina&quot; Don-Arthur"
const ENTITIES: Record<string, string> = { '&quot;': '"', '&amp;': '&', '&#039;': "'", '&apos;': "'", '&lt;': '<', '&gt;': '>' };
const unescapeXml = (text: string): string => text.replace(/&(quot|amp|#039|apos|lt|gt);/g, (e) => ENTITIES[e] ?? e);

describe('pagesOf on the English sample of 206 pages', () => {
  const pages = collect(pagesOf({ kind: 'dump', path: ENWIKI_206 }));

  it('selects "American Revolutionary War" alone and counts the others by reason', async () => {
    const all = await pages;
    expect(all).toHaveLength(206);
    expect(all.filter(isPage).map((p) => p.title)).toEqual(['American Revolutionary War']);
    expect(countByReason(all)).toEqual({ selected: 1, redirect: 99, 'no conflict infobox': 105, 'not main namespace': 1 });
  });

  it('gives the page its ids, timestamp and exact wikitext', async () => {
    const page = (await pages).find(isPage);
    expect(page).toMatchObject({ title: 'American Revolutionary War', pageId: 771, revisionId: 717770601, timestamp: '2016-04-29T16:31:10Z' });
    expect(page?.wikitext).toBe(readFileSync(join(ARTICLE_FIXTURES, 'American_Revolutionary_War.wiki'), 'utf8'));
  });
});

describe('pagesOf on the 3-page sample', () => {
  it('skips the redirect and the two articles without a conflict infobox', async () => {
    const all = await collect(pagesOf({ kind: 'dump', path: ENWIKI_3 }));
    expect(all).toEqual([
      { skipped: true, title: 'AccessibleComputing', reason: 'redirect' },
      { skipped: true, title: 'Computer accessibility', reason: 'no conflict infobox' },
      { skipped: true, title: 'Accessibility', reason: 'no conflict infobox' },
    ]);
  });
});

describe('pagesOf on the multistream dump (Fante Wikipedia, 3,566 pages in 36 streams)', () => {
  const sequential = collect(pagesOf({ kind: 'dump', path: FATWIKI }));
  const streams = collect(workUnits([MULTISTREAM])) as Promise<DumpStreamUnit[]>;

  it('reads every page in one sequential pass, skipping all (no conflict infobox in this wiki)', async () => {
    expect(countByReason(await sequential)).toEqual({ 'not main namespace': 2081, 'no conflict infobox': 1465, redirect: 19, empty: 1 });
  });

  it('yields through the 36 streams exactly the pages of the sequential read, in the same order', async () => {
    const units = await streams;
    expect(units).toHaveLength(36);
    const fromStreams: (Page | Skipped)[] = [];
    for (const unit of units) fromStreams.push(...(await collect(pagesOf(unit))));
    expect(fromStreams).toEqual(await sequential);
  });

  it('finds in each stream the pages its index lines name', async () => {
    const titlesAt = new Map<number, string[]>();
    const index = Buffer.concat(await collect(decompressedBytes(FATWIKI_INDEX, FATWIKI_INDEX))).toString('utf8');
    for (const line of index.trimEnd().split('\n')) {
      const [offset, , ...title] = line.split(':');
      titlesAt.set(Number(offset), [...(titlesAt.get(Number(offset)) ?? []), unescapeXml(title.join(':'))]);
    }
    for (const unit of await streams) {
      const titles = (await collect(pagesOf(unit))).map((p) => p.title);
      expect(titles, `stream at ${unit.offset}`).toEqual(titlesAt.get(unit.offset));
    }
  });

  it('reports a range that is not a stream, naming the dump and bytes', async () => {
    const wrong: DumpStreamUnit = { kind: 'dump-stream', path: FATWIKI, offset: 600, length: 1000 };
    await expect(collect(pagesOf(wrong))).rejects.toThrow(`${FATWIKI} (bytes 600–1600): no bzip2 stream starts at this offset`);
  });

  it('reports a stream cut short as broken bzip2', async () => {
    const cut: DumpStreamUnit = { kind: 'dump-stream', path: FATWIKI, offset: 568, length: 1000 };
    await expect(collect(pagesOf(cut))).rejects.toThrow(`${FATWIKI} (bytes 568–1568): broken bzip2 data`);
  });
});

describe('pagesOf streams and never holds a dump whole', () => {
  it.each([
    ['the English sample', ENWIKI_206],
    ['the multistream dump read sequentially', FATWIKI],
  ])('gives the first page of %s having read only part of the file', async (_name, path) => {
    let bytesRead = 0;
    for await (const page of pagesOf({ kind: 'dump', path }, { onProgress: (n) => (bytesRead = n) })) {
      expect(page.title).not.toBe('');
      break;
    }
    expect(bytesRead).toBeGreaterThan(0);
    expect(bytesRead).toBeLessThan(statSync(path).size);
  });

  it('reads one stream of a multistream dump no further than its own bytes', async () => {
    const [first] = (await collect(workUnits([MULTISTREAM]))) as DumpStreamUnit[];
    let bytesRead = 0;
    await collect(pagesOf(first as DumpStreamUnit, { onProgress: (n) => (bytesRead = n) }));
    expect(bytesRead).toBe(first?.length);
  });
});

function exportOf(...pages: string[]): string {
  return `<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.10/">\n${pages.join('\n')}\n</mediawiki>\n`;
}
function page(title: string, ns: string, text: string, extra = ''): string {
  return `<page><title>${title}</title><ns>${ns}</ns><id>7</id>${extra}<revision><id>9</id><timestamp>2020-01-01T00:00:00Z</timestamp><text xml:space="preserve">${text}</text></revision></page>`;
}

describe('pagesOf selection', () => {
  const box = '{{Infobox military conflict\n| conflict = Bombardment of Gao\n}}\n&apos;&apos;&apos;Gao&apos;&apos;&apos; was bombed.';
  it.each([
    ['a conflict article', page('Bombardment of Gao', '0', box), null],
    ['a talk page with a conflict infobox', page('Talk:Bombardment of Gao', '1', box), 'not main namespace'],
    ['a redirect marked by the dump', page('Gao bombing', '0', '#REDIRECT [[Bombardment of Gao]]', '<redirect title="Bombardment of Gao" />'), 'redirect'],
    ['a redirect marked only in its text', page('Gao bombing', '0', '#redirect [[Bombardment of Gao]]'), 'redirect'],
    ['an empty page', page('Gao', '0', ''), 'empty'],
    ['an article with a settlement infobox', page('Gao', '0', '{{Infobox settlement\n| name = Gao\n}}\nGao is a city.'), 'no conflict infobox'],
  ])('%s', async (_name, xml, reason) => {
    const path = join(dir, 'one.xml');
    writeFileSync(path, exportOf(xml));
    const [result] = await collect(pagesOf({ kind: 'dump', path }));
    expect(result && 'skipped' in result ? result.reason : null).toBe(reason);
  });

  it('decodes entities in titles and text', async () => {
    const path = join(dir, 'entities.xml');
    writeFileSync(path, exportOf(page('Siege of A &amp; B', '0', box)));
    const [result] = await collect(pagesOf({ kind: 'dump', path }));
    expect(result).toMatchObject({ title: 'Siege of A & B', pageId: 7, revisionId: 9, wikitext: box.replace(/&apos;/g, "'") });
  });

  it('reports an export cut off mid-page as broken XML naming the file', async () => {
    const path = join(dir, 'cut.xml');
    writeFileSync(path, exportOf(page('Gao', '0', box)).slice(0, 150));
    await expect(collect(pagesOf({ kind: 'dump', path }))).rejects.toThrow(new RegExp(`^${path}: broken XML export`));
  });

  it('reports a bzip2 dump cut short naming the file', async () => {
    const path = join(dir, 'cut.xml.bz2');
    writeFileSync(path, readFileSync(ENWIKI_206).subarray(0, 400_000));
    await expect(collect(pagesOf({ kind: 'dump', path }))).rejects.toThrow(new RegExp(`^${path}: broken bzip2 data`));
  });
});
