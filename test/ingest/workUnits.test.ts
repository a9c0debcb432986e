import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workUnits, type DumpStreamUnit } from '../../src/ingest/index.js';
import { ARTICLE_FIXTURES, DUMP_FIXTURES, fixtureNames } from '../helpers/fixtures.js';
import { collect, ENWIKI_206, FATWIKI, FATWIKI_INDEX, MULTISTREAM } from './helpers/dumps.js';

// The fixtures are named by absolute paths under the working folder: units carry them relative to it.
const rel = (path: string): string => relative(process.cwd(), path);

describe('workUnits', () => {
  it('makes one file unit per article of a folder, in sorted order', async () => {
    const units = await collect(workUnits([ARTICLE_FIXTURES]));
    expect(units).toEqual(fixtureNames(ARTICLE_FIXTURES).map((name) => ({ kind: 'file', path: join(ARTICLE_FIXTURES, name), source: rel(join(ARTICLE_FIXTURES, name)) })));
  });

  it('makes a dump unit of each MediaWiki export, known by its content', async () => {
    const units = await collect(workUnits([DUMP_FIXTURES]));
    expect(units).toEqual(fixtureNames(DUMP_FIXTURES).map((name) => ({ kind: 'dump', path: join(DUMP_FIXTURES, name), source: rel(join(DUMP_FIXTURES, name)) })));
  });

  it('makes one unit per bzip2 stream of the multistream dump: 36, the last to the end of the file', async () => {
    const units = (await collect(workUnits([MULTISTREAM]))) as (DumpStreamUnit & { source?: string })[];
    expect(units).toHaveLength(36);
    expect(units.every((u) => u.kind === 'dump-stream' && u.path === FATWIKI && u.source === rel(FATWIKI))).toBe(true);
    // the first 568 bytes are the stream with <siteinfo>, which holds no page
    expect(units[0]).toMatchObject({ offset: 568, length: 28704 - 568 });
    for (let i = 1; i < units.length; i++) expect(units[i]?.offset).toBe((units[i - 1]?.offset ?? 0) + (units[i - 1]?.length ?? 0));
    const last = units[units.length - 1];
    expect((last?.offset ?? 0) + (last?.length ?? 0)).toBe(statSync(FATWIKI).size);
  });

  it('reads a dump named alone without its index as one sequential dump', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'annals-units-'));
    const copy = join(dir, 'fatwiki-20240920-pages-articles-multistream.xml.bz2');
    writeFileSync(copy, '<mediawiki><page><title>Gao</title><ns>0</ns></page></mediawiki>');
    expect(await collect(workUnits([copy]))).toEqual([{ kind: 'dump', path: copy, source: basename(copy) }]);
  });

  it('keeps the order of the paths named, and passes on a missing path for the reader to report', async () => {
    const missing = join(tmpdir(), 'annals-no-such-file.txt');
    const seed = join(ARTICLE_FIXTURES, 'Bombardment_of_Gao.txt');
    expect(await collect(workUnits([seed, missing, ENWIKI_206]))).toEqual([
      { kind: 'file', path: seed, source: rel(seed) },
      { kind: 'file', path: missing, source: 'annals-no-such-file.txt' },
      { kind: 'dump', path: ENWIKI_206, source: rel(ENWIKI_206) },
    ]);
  });

  it('makes an index named on its own a file unit, so that reading it says it is no article', async () => {
    expect(await collect(workUnits([FATWIKI_INDEX]))).toEqual([{ kind: 'file', path: FATWIKI_INDEX, source: rel(FATWIKI_INDEX) }]);
  });

  // issue 19: the machine's absolute paths reached every export, the API and the UI
  it('names no unit by an absolute path: a relative root as given, an absolute one from the working folder or its own folder', async () => {
    const given = await collect(workUnits(['fixtures/articles']));
    expect(given[0]).toEqual({ kind: 'file', path: join('fixtures/articles', fixtureNames(ARTICLE_FIXTURES)[0] ?? '') });
    const dir = mkdtempSync(join(tmpdir(), 'annals-units-'));
    writeFileSync(join(dir, 'Gao.txt'), '= Gao =\n');
    expect(await collect(workUnits([dir]))).toEqual([{ kind: 'file', path: join(dir, 'Gao.txt'), source: `${basename(dir)}/Gao.txt` }]);
  });

  it('yields units that survive structured cloning, as a worker thread or queue job receives them', async () => {
    const units = await collect(workUnits([MULTISTREAM, ARTICLE_FIXTURES]));
    expect(structuredClone(units)).toEqual(units);
    expect(JSON.parse(JSON.stringify(units))).toEqual(units);
  });
});
