import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runGazetteerImport } from '../../../src/cli/gazetteerCommand.js';
import { isAnnalsError } from '../../../src/model/index.js';
import { importGeonamesFile, openGazetteer, openUserLayer, userLayerDir } from '../../../src/resolve/gazetteer/index.js';
import { resolvePlaces } from '../../../src/resolve/places.js';
import { FIXTURES } from '../../helpers/fixtures.js';
import { articleOf } from './_cases.js';

const GEONAMES = join(FIXTURES, 'geonames');
const PLACES = join(GEONAMES, 'ML-sample.txt');
const ALTERNATES = join(GEONAMES, 'alternateNamesV2-sample.txt');
const NOT_GEONAMES = join(GEONAMES, 'not-geonames.txt');
const SEED = articleOf({ place: 'Gao and outskirts, Gao Region, Mali' });
const CAPTURE = 'The capture of the cities of Timbuktu and Gao by these groups pushed French forces to intervene in Mali, pushing the rebels back at the city of Konna.';

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'annals-gazetteer-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('importGeonamesFile', () => {
  it('streams a country file into the user layer, skipping a bad row', async () => {
    expect(await importGeonamesFile(PLACES, dir)).toMatchObject({ kind: 'places', rows: 3, skipped: 1, alreadyImported: false });
  });

  it('streams alternateNamesV2 rows, keeping Latin-script names only', async () => {
    expect(await importGeonamesFile(ALTERNATES, dir)).toMatchObject({ kind: 'alternateNames', rows: 8, skipped: 0 });
    expect(openUserLayer(dir)).toMatchObject({ places: 3, alternateNames: 8 });
  });

  it('does not import the same file twice', async () => {
    expect(await importGeonamesFile(PLACES, dir)).toMatchObject({ alreadyImported: true, rows: 3 });
    expect(openUserLayer(dir)?.places).toBe(3);
  });

  it.each([
    [NOT_GEONAMES, 'malformed'],
    [join(GEONAMES, 'missing.txt'), 'not_found'],
  ])('refuses %s with an error naming it', async (file, code) => {
    const error: unknown = await importGeonamesFile(file, dir).catch((e: unknown) => e);
    expect(isAnnalsError(error) && error.code).toBe(code);
    expect(String((error as Error).message)).toContain(file);
  });
});

describe('resolving through the user layer', () => {
  it('places Konna, a village cities500 lacks, once ML-sample.txt is imported', () => {
    const gazetteer = openGazetteer({ userDir: dir });
    const [konna] = resolvePlaces([{ text: 'Konna', sentence: CAPTURE }], SEED, { gazetteer });
    expect(konna).toMatchObject({ name: 'Konna', resolved: true, country: 'ML', admin1: 'Mopti', precision: 1, layer: 'user', geonameId: 90000001 });
    expect(konna?.lat).toBeCloseTo(14.95, 3);
    expect(konna?.lon).toBeCloseTo(-3.8833, 3);
  });

  it.each([
    ['Boulkessi', 90000002, 'user'], // an alternate name in the places file
    ['Kawkaw', 2457163, 'user'], // Gao's historic name, only in the alternateNames file
    ['Gao', 2457163, 'base'], // the base layer still answers for its own names
  ] as const)('%s → geonameId %d (%s layer)', (text, geonameId, layer) => {
    const [r] = resolvePlaces([{ text }], SEED, { gazetteer: openGazetteer({ userDir: dir }) });
    expect(r).toMatchObject({ resolved: true, geonameId, layer });
  });

  it('places Konna from the village layer without the user layer', () => {
    const [konna] = resolvePlaces([{ text: 'Konna' }, { text: 'Timbuktu' }], SEED, { gazetteer: openGazetteer({ userDir: null }) });
    expect(konna).toMatchObject({ resolved: true, layer: 'base', geonameId: 2454857 });
  });
});

describe('runGazetteerImport', () => {
  it('imports the good files, names the bad one on stderr, exits 1', async () => {
    const fresh = mkdtempSync(join(tmpdir(), 'annals-gazetteer-cli-'));
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(await runGazetteerImport([PLACES, NOT_GEONAMES], { gazetteer: fresh })).toBe(1);
      expect(err.mock.calls.map((c) => String(c[0]))).toEqual([expect.stringMatching(/^annals: .*not-geonames\.txt: not a GeoNames file/)]);
      expect(String(out.mock.calls[0]?.[0])).toContain('3 places imported');
      expect(await runGazetteerImport([PLACES], { gazetteer: fresh, json: true })).toBe(0);
      expect(JSON.parse(String(out.mock.calls[1]?.[0]))).toMatchObject({ alreadyImported: true, dir: fresh });
    } finally {
      out.mockRestore();
      err.mockRestore();
      rmSync(fresh, { recursive: true, force: true });
    }
  });
});

describe('userLayerDir', () => {
  it.each([
    ['/data/gaz', {}, '/data/gaz'],
    [undefined, { ANNALS_GAZETTEER: '/env/gaz' }, '/env/gaz'],
    [undefined, { XDG_DATA_HOME: '/xdg' }, '/xdg/annals/gazetteer'],
  ] as const)('--gazetteer %s, env %j → %s', (option, env, expected) => {
    expect(userLayerDir(option, env)).toBe(expected);
  });
});
