import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractUnit, type UnitResult } from '../../src/ingest/index.js';
import type { Config } from '../../src/pipeline.js';
import { testConfig } from '../helpers/config.js';
import { ARTICLE_FIXTURES } from '../helpers/fixtures.js';
import { collect, ENWIKI_206 } from './helpers/dumps.js';

const dir = mkdtempSync(join(tmpdir(), 'annals-extract-unit-'));
const config = testConfig();
const extractions = (results: UnitResult[]) => results.flatMap((r) => ('extraction' in r ? [r.extraction] : []));
const errors = (results: UnitResult[]) => results.flatMap((r) => ('error' in r ? [r.error] : []));

describe('extractUnit on the English sample of 206 pages', () => {
  it('extracts "American Revolutionary War", named by the dump and page, and passes on 205 skipped pages', async () => {
    const results = await collect(extractUnit({ kind: 'dump', path: ENWIKI_206 }, config));
    expect(errors(results)).toEqual([]);
    expect(results.filter((r) => 'skipped' in r)).toHaveLength(205);
    const [war] = extractions(results);
    expect(war).toMatchObject({ title: 'American Revolutionary War', format: 'wikitext', source: `${ENWIKI_206}#American Revolutionary War` });
    expect(war?.infobox?.kind).toBe('military conflict');
    expect(war?.events.length).toBeGreaterThan(0);
    // the id is the page's own text, so an unchanged page keeps its id whichever dump it comes in
    const wikitext = readFileSync(join(ARTICLE_FIXTURES, 'American_Revolutionary_War.wiki'));
    expect(war?.id).toBe(createHash('sha256').update(wikitext).digest('hex'));
    expect(results.find((r) => 'extraction' in r)).toMatchObject({ page: { pageId: 771, revisionId: 717770601, timestamp: '2016-04-29T16:31:10Z' } });
  });
});

const conflict = (title: string, body: string): string =>
  `<page><title>${title}</title><ns>0</ns><id>1</id><revision><id>2</id><timestamp>2013-01-14T00:00:00Z</timestamp><text>` +
  `{{Infobox military conflict\n| conflict = ${title}\n| date = January 13, 2013\n| place = Gao, Mali\n}}\n${body}</text></revision></page>`;

function dumpOf(name: string, ...pages: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, `<mediawiki>\n${pages.join('\n')}\n</mediawiki>\n`);
  return path;
}

describe('extractUnit when a page fails', () => {
  const gao = conflict('Bombardment of Gao', "'''French aircraft''' bombed Gao on January 13, 2013.");
  const kidal = conflict('Battle of Kidal', "Rebels attacked '''Kidal''' on May 17, 2014.");

  it('yields one error naming the dump and the page, and extracts the pages around it', async () => {
    const broken = "<page><title>Battle of Konna</title><ns>0</ns><revision><text>{{Infobox military conflict\n| conflict = Battle of Konna\n'''Konna''' fell.</text></revision></page>";
    const path = dumpOf('unclosed.xml', gao, broken, kidal);
    const results = await collect(extractUnit({ kind: 'dump', path }, config));
    expect(extractions(results).map((e) => e.title)).toEqual(['Bombardment of Gao', 'Battle of Kidal']);
    expect(errors(results)).toEqual([expect.stringMatching(new RegExp(`^${path}#Battle of Konna: unclosed template`))]);
  });

  it('reports a fault of the pipeline itself as an internal error of that page, and goes on', async () => {
    const faulty: Config = {
      ...config,
      readers: config.readers.map((r) => ({ ...r, read: (text, source, bytes) => (text.includes('Kidal') ? fail() : r.read(text, source, bytes)) })),
    };
    const path = dumpOf('fault.xml', kidal, gao);
    const results = await collect(extractUnit({ kind: 'dump', path }, faulty));
    expect(errors(results)).toEqual([`${path}#Battle of Kidal: internal error: a reader fault`]);
    expect(extractions(results).map((e) => e.title)).toEqual(['Bombardment of Gao']);
  });

  it('ends a dump that breaks part-way with one error line, after the pages before the break', async () => {
    const path = join(dir, 'cut.xml');
    writeFileSync(path, `<mediawiki>\n${gao}\n<page><title>Battle of Kidal</title><ns>0</ns><revision><text>cut`);
    const results = await collect(extractUnit({ kind: 'dump', path }, config));
    expect(extractions(results).map((e) => e.title)).toEqual(['Bombardment of Gao']);
    expect(errors(results)).toEqual([expect.stringMatching(new RegExp(`^${path}: broken XML export`))]);
  });
});

describe('extractUnit on files', () => {
  it('extracts the seed as `annals extract` does', async () => {
    const [result] = await collect(extractUnit({ kind: 'file', path: join(ARTICLE_FIXTURES, 'Bombardment_of_Gao.txt') }, config));
    expect(result && 'extraction' in result ? result.extraction.events.length : null).toBe(4);
  });

  // issue 19: the store keys articles by the unit's name, never by the path this machine read
  it('names the article by the unit\'s source, a dump page by that source and its title; problems keep the path', async () => {
    const seed = join(ARTICLE_FIXTURES, 'Bombardment_of_Gao.txt');
    const [file] = extractions(await collect(extractUnit({ kind: 'file', path: seed, source: 'articles/Bombardment_of_Gao.txt' }, config)));
    expect(file?.source).toBe('articles/Bombardment_of_Gao.txt');
    const path = dumpOf('named.xml', conflict('Bombardment of Gao', "'''French aircraft''' bombed Gao on January 13, 2013."));
    expect(extractions(await collect(extractUnit({ kind: 'dump', path, source: 'dumps/named.xml' }, config))).map((e) => e.source)).toEqual(['dumps/named.xml#Bombardment of Gao']);
    const missing = join(dir, 'gone.txt');
    expect(await collect(extractUnit({ kind: 'file', path: missing, source: 'gone.txt' }, config))).toEqual([{ error: `${missing}: no such file` }]);
  });

  it('turns a missing file into one error line naming it', async () => {
    const path = join(dir, 'no-such-file.txt');
    expect(await collect(extractUnit({ kind: 'file', path }, config))).toEqual([{ error: `${path}: no such file` }]);
  });
});

function fail(): never {
  throw new Error('a reader fault');
}
