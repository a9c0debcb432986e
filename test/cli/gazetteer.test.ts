import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { runCli } from '../helpers/cli.js';
import { FIXTURES } from '../helpers/fixtures.js';

const WOF = join(FIXTURES, 'geonames', 'whosonfirst-data-admin-ml-sample.places.tsv');
const GEONAMES = join(FIXTURES, 'geonames', 'ML-sample.txt');

let dir = '';
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'annals-gazetteer-cli-'));
  // a store whose wiki layer holds one dump's two pages and a redirect
  const store = await openStore(join(dir, 'store'));
  await store.startWikiSource({ source: 'dumps/sahel.xml', size: 10, mtimeMs: 0 });
  await store.saveWikiFinds('dumps/sahel.xml', { pages: 5, places: [{ title: 'Konna', lat: 14.94, lon: -3.89, kind: 'city' }, { title: 'Hombori', lat: 15.28, lon: -1.7, kind: null }], redirects: [{ title: 'Kona, Mali', target: 'Konna' }] });
  await store.close();
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('annals gazetteer import', () => {
  it("imports a Who's On First file as it imports a GeoNames one, saying what it left out", async () => {
    const run = await runCli(['gazetteer', 'import', WOF, GEONAMES, '--gazetteer', join(dir, 'user')]);
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe(
      `${WOF}: 1 place (Who's On First) imported into ${join(dir, 'user')} (left out: 6 in the base layer, 1 outside its country, 1 not a locality; 1 bad line skipped)`,
    );
    expect(run.stdout.split('\n')[1]).toContain('3 places imported');
  });
});

describe('annals gazetteer info', () => {
  it('lists every layer with its counts and sources', async () => {
    const run = await runCli(['gazetteer', 'info', '--gazetteer', join(dir, 'user'), '--db', join(dir, 'store')]);
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^base layer: [\d,]+ places \([\d,]+ of them the village layer's\)/);
    expect(lines[1]).toMatch(/from GeoNames cities500 \(.*cities500\.txt\) and the village layer \(.*wof-places\.tsv\.gz/);
    expect(lines.find((l) => l.startsWith('user layer:'))).toBe(`user layer: ${join(dir, 'user')}: 4 places, 0 alternate names`);
    expect(lines.filter((l) => l.startsWith('  from ') && l.includes('imported'))).toEqual([
      expect.stringMatching(new RegExp(`^  from ${WOF}: 1 place \\(Who's On First, imported `)),
      expect.stringMatching(new RegExp(`^  from ${GEONAMES}: 3 places \\(GeoNames, imported `)),
    ]);
    expect(lines.find((l) => l.startsWith('wiki layer:'))).toBe(`wiki layer: ${join(dir, 'store')}: 2 pages with coordinates, 1 redirect to them`);
    expect(lines.at(-1)).toMatch(/^ {2}from dumps\/sahel\.xml: 5 article pages read, 2 places, 1 redirect \(gathered /);
  }, 60_000);

  it('gives the same as one JSON document', async () => {
    const run = await runCli(['gazetteer', 'info', '--gazetteer', join(dir, 'user'), '--db', join(dir, 'store'), '--json']);
    const info = JSON.parse(run.stdout) as Record<string, { sources: unknown[] } & Record<string, unknown>>;
    expect(info.user).toMatchObject({ places: 4, sources: [{ format: 'wof', rows: 1 }, { format: 'geonames', rows: 3 }] });
    expect(info.wiki).toMatchObject({ places: 2, redirects: 1, sources: [{ source: 'dumps/sahel.xml', pages: 5, places: 2, redirects: 1 }] });
    expect(info.base?.sources).toHaveLength(2);
  }, 60_000);

  // without --db, ANNALS_DB or a .annals/ here (where `npm start` makes one), there is no store to read
  it.skipIf(existsSync('.annals'))('says there is no wiki layer without a store', async () => {
    vi.stubEnv('ANNALS_DB', '');
    try {
      const none = await runCli(['gazetteer', 'info', '--gazetteer', join(dir, 'user')]);
      expect(none).toMatchObject({ status: 0, stderr: '' });
      expect(none.stdout).toContain('wiki layer: no store');
    } finally {
      vi.unstubAllEnvs();
    }
  }, 60_000);

  it('fails on a store it is told to read and cannot open', async () => {
    const bad = await runCli(['gazetteer', 'info', '--gazetteer', join(dir, 'user'), '--db', 'postgres://nobody@127.0.0.1:1/none']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/^annals: /);
  }, 60_000);
});
