import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wofPlace } from '../../../src/resolve/gazetteer/_wofPlace.js';
import { importGeonamesFile, openGazetteer, openUserLayer, userLayerImports } from '../../../src/resolve/gazetteer/index.js';
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
      kind: 'places', format: 'wof', rows: 2, skipped: 1, alreadyImported: false,
      // Konna (its GeoNames id), Gao, Ké Massina (as Ké-Macina, 6 km off) and Korioumé (as Koryoume) are the base layer's
      leftOut: { 'in the base layer': 4, 'outside its country': 1, 'not a locality': 1 },
    });
    expect(await importGeonamesFile(SYRIA_UKRAINE, dir)).toMatchObject({
      rows: 1, skipped: 1, leftOut: { 'not current': 1, 'in the base layer': 1, 'no Latin name': 1 },
    });
    expect(openUserLayer(dir)?.places).toBe(3);
    expect(userLayerImports(dir).map((r) => [r.format, r.rows])).toEqual([['wof', 2], ['wof', 1]]);
  });

  it('does not import the same file twice', async () => {
    expect(await importGeonamesFile(MALI, dir)).toMatchObject({ alreadyImported: true, format: 'wof', rows: 2 });
  });

  it.each([
    // a namesake 143 km away is no reason to leave the village out
    ['Satadougou', 'Mali', 1141907397, 'ML'],
    ['Aguelhok', 'Mali', 1141907333, 'ML'],
    ['Ar Rasafah', 'Syria', 421202365, 'SY'],
  ] as const)('places %s by its WOF row, with the WOF id for want of a GeoNames one', (text, country, id, code) => {
    const [r] = resolvePlaces([{ text }], articleOf({ place: country }), { gazetteer: openGazetteer({ userDir: dir }) });
    expect(r).toMatchObject({ resolved: true, layer: 'user', geonameId: id, country: code, precision: 1 });
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
