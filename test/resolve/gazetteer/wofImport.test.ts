import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wofPlace } from '../../../src/resolve/gazetteer/_wofPlace.js';
import { findPlaces, importGeonamesFile, openGazetteer, openUserLayer, userLayerImports } from '../../../src/resolve/gazetteer/index.js';
import { parseWofRow } from '../../../src/resolve/gazetteer/wofRow.js';
import { resolvePlaces } from '../../../src/resolve/places.js';
import { testConfig } from '../../helpers/config.js';
import { FIXTURES } from '../../helpers/fixtures.js';
import { articleOf } from './_cases.js';

const MALI = join(FIXTURES, 'geonames', 'whosonfirst-data-admin-ml-sample.places.tsv');
const SYRIA_UKRAINE = join(FIXTURES, 'geonames', 'whosonfirst-sample-sy-ua.places.tsv');

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'annals-wof-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a Who's On First places file imported into the user layer", () => {
  it('keeps the localities the base layer lacks, and says why it left out the rest', async () => {
    expect(await importGeonamesFile(MALI, dir)).toMatchObject({
      kind: 'places', format: 'wof', rows: 1, skipped: 1, alreadyImported: false,
      // Konna (its GeoNames id), Gao, Ké Massina (as Ké-Macina, 6 km off), Korioumé (as Koryoume), Satadougou and
      // Aguelhok (by their WOF ids, for want of GeoNames ones) are the base layer's; Testkouna, written by hand, is kept
      leftOut: { 'in the base layer': 6, 'outside its country': 1, 'not a locality': 1 },
    });
    expect(await importGeonamesFile(SYRIA_UKRAINE, dir)).toMatchObject({
      rows: 0, skipped: 1, leftOut: { 'not current': 1, 'in the base layer': 2, 'no Latin name': 1 },
    });
    expect(openUserLayer(dir)?.places).toBe(1);
    expect(userLayerImports(dir).map((r) => [r.format, r.rows])).toEqual([['wof', 1], ['wof', 0]]);
  });

  it('does not import the same file twice', async () => {
    expect(await importGeonamesFile(MALI, dir)).toMatchObject({ alreadyImported: true, format: 'wof', rows: 1 });
  });

  it('places an imported village by its WOF row, with the WOF id for want of a GeoNames one', () => {
    const [r] = resolvePlaces([{ text: 'Testkouna' }], articleOf({ place: 'Mali' }), { gazetteer: openGazetteer({ userDir: dir }) });
    expect(r).toMatchObject({ resolved: true, layer: 'user', geonameId: 999999998, country: 'ML', precision: 1 });
  });

  // scripts/buildVillageLayer.mjs files a WOF locality without a GeoNames id under its WOF id, as the import does
  it('keeps a village though a namesake of GeoNames stands 143 km away', () => {
    expect(findPlaces(openGazetteer({ userDir: null }), 'Satadougou').map((c) => c.place.geonameId)).toEqual(expect.arrayContaining([2451547, 1141907397]));
  });
  it.each([
    ['Aguelhok', 'Mali', 1141907333, 'ML'],
    ['Ar Rasafah', 'Syria', 421202365, 'SY'],
  ] as const)('places %s from the shipped layer by its WOF id, no import needed', (text, country, id, code) => {
    const [r] = resolvePlaces([{ text }], articleOf({ place: country }), { gazetteer: openGazetteer({ userDir: null }) });
    expect(r).toMatchObject({ resolved: true, layer: 'base', geonameId: id, country: code, precision: 1 });
  });
});

describe('wofPlace', () => {
  const { base } = testConfig().gazetteer();
  const ids = new Set(base.table.ids);
  const row = (name: string, alts: string): string => `1\t${name}\tlocality\t48.2\t26.9\tUA\t-1\t\t\t1\t${alts}`;

  it('names a Cyrillic row by the Latin spelling most of its alternate names agree with', () => {
    const parsed = parseWofRow(row('Тестівка', 'Chiu-hat-chhī|Testiwka|Testivka|Testívka|Тестовка'));
    if (!parsed) throw new Error('the row did not parse');
    const place = wofPlace(parsed, base, ids);
    expect(place).toMatchObject({ name: 'Testivka', country: 'UA', featureCode: 'PPL', population: 0 });
    expect(typeof place !== 'string' && place.altNames).toEqual(['Chiu-hat-chhī', 'Testiwka', 'Testívka']);
  });

  it.each([
    ['a header', 'wof_id\tname\tplacetype\tlatitude\tlongitude\tcountry\tparent_id\tgeonames_id\twikidata_id\tis_current\talt_names'],
    ['a latitude off the globe', '1\tX\tlocality\t95\t26.9\tUA\t-1\t\t\t1\t'],
    ['ten columns', '1\tX\tlocality\t48.2\t26.9\tUA\t-1\t\t\t1'],
    ['no country', '1\tX\tlocality\t48.2\t26.9\t\t-1\t\t\t1\t'],
  ])('reads no row from %s', (_case, line) => {
    expect(parseWofRow(line)).toBeNull();
  });
});
