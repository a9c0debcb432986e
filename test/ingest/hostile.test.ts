import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractUnit, type UnitResult } from '../../src/ingest/index.js';
import { testConfig } from '../helpers/config.js';

const config = testConfig();
let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'annals-hostile-'));
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function all(path: string): Promise<UnitResult[]> {
  const out: UnitResult[] = [];
  for await (const r of extractUnit({ kind: 'dump', path }, config)) out.push(r);
  return out;
}

const titles = (results: UnitResult[]): string[] => results.flatMap((r) => ('extraction' in r ? [r.extraction.title] : []));
const errors = (results: UnitResult[]): string[] => results.flatMap((r) => ('error' in r ? [r.error] : []));

describe('hostile dumps', () => {
  it('a bzip2 bomb: the 20 MiB page is refused in one line naming it, the pages around it are read', async () => {
    const results = await all('fixtures/hostile/bzip2-bomb.xml.bz2');
    expect(titles(results)).toEqual(['Before the bomb', 'After the bomb']);
    expect(errors(results)).toEqual([expect.stringMatching(/^fixtures\/hostile\/bzip2-bomb\.xml\.bz2#Bomb: page text over 8 Mi characters/)]);
  }, 60_000);

  it('a broken page in the middle: reported, and the rest still read', async () => {
    const results = await all('fixtures/hostile/broken-page.xml');
    expect(titles(results)).toEqual(['First', 'Last']);
    expect(errors(results)).toHaveLength(1);
    expect(errors(results)[0]).toContain('Broken in the middle');
  }, 60_000);

  it('a truncated .bz2: the pages before the cut are read, then one line says the file is cut short', async () => {
    const whole = await readFile('fixtures/dumps/enwiki-latest-pages-articles1.xml-p000000010p000030302-shortened.bz2');
    const cut = join(folder, 'truncated.xml.bz2');
    await writeFile(cut, whole.subarray(0, Math.floor(whole.length * 0.9)));
    const results = await all(cut);
    // the dump's first hundred pages stand in the blocks before the cut
    expect(results.filter((r) => 'skipped' in r).length).toBeGreaterThan(100);
    expect(errors(results)).toHaveLength(1);
    expect(errors(results)[0]).toContain('broken bzip2 data');
    expect(errors(results)[0]).toMatch(new RegExp(`^${cut.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  }, 120_000);

  it('XML that breaks part-way keeps the pages before the break and names the file', async () => {
    const text = await readFile('fixtures/hostile/broken-page.xml', 'utf8');
    const broken = join(folder, 'bad-xml.xml');
    await writeFile(broken, text.replace('<page><title>Last', '<page><title>Last</wrong>'));
    const results = await all(broken);
    expect(titles(results)).toEqual(['First']);
    expect(errors(results).at(-1)).toContain(broken);
  }, 60_000);
});
