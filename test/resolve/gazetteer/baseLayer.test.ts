import { describe, expect, it } from 'vitest';
import { compileBaseLayer, findPlaces, gazetteerFigures, openGazetteer, parseGeonamesRow } from '../../../src/resolve/gazetteer/index.js';
import KDBush from 'kdbush';
import { dataFileHeader, decodeDataFile, encodeDataFile } from '../../../src/resolve/gazetteer/_dataFile.js';
import { placeAt } from '../../../src/resolve/gazetteer/_placeTable.js';
import { spatialIndex } from '../../../src/resolve/gazetteer/_spatialIndex.js';
import { tableCandidates } from '../../../src/resolve/gazetteer/lookupName.js';

// Two real cities500 rows (GeoNames, CC BY 4.0), alternate names shortened.
const GAO = '2457163\tGao\tGao\tGao,Gawo,Gàwó,Гао\t16.27167\t-0.04472\tP\tPPLA\tML\t\t09\t\t\t\t87000\t\t257\tAfrica/Bamako\t2021-03-09';
const TIMBUKTU = '2449067\tTimbuktu\tTimbuktu\tTimbouctou,Timbuktu,Tombouctou,Тимбукту\t16.77348\t-3.00742\tP\tPPLA\tML\t\t08\t\t\t\t32460\t\t274\tAfrica/Bamako\t2021-03-10';

describe('parseGeonamesRow', () => {
  it('reads the 19 columns and keeps Latin-script alternate names only', () => {
    expect(parseGeonamesRow(TIMBUKTU)).toEqual({
      geonameId: 2449067, name: 'Timbuktu', asciiName: 'Timbuktu', altNames: ['Timbouctou', 'Timbuktu', 'Tombouctou'],
      lat: 16.77348, lon: -3.00742, featureClass: 'P', featureCode: 'PPLA', country: 'ML', admin1: '08', admin2: '', population: 32460,
    });
  });

  it.each(['', 'Gao', '= Bombardment of Gao =', GAO.replace('16.27167', 'north'), GAO.replace('2457163', '-1')])('refuses %j', (line) => {
    expect(parseGeonamesRow(line)).toBeNull();
  });
});

describe('compileBaseLayer', () => {
  const { table, index } = compileBaseLayer(`${GAO}\n${TIMBUKTU}\n`);

  it.each([
    ['Gao', 'Gao', 'name'],
    ['GAO', 'Gao', 'name'],
    ['Gâo', 'Gao', 'name'],
    ['Gawo', 'Gao', 'alt'],
    ['Tombouctou', 'Timbuktu', 'alt'],
    ['Tombuctu', 'Timbuktu', 'skeleton'],
  ] as const)('%s finds %s by %s', (text, name, match) => {
    const found = tableCandidates(table, index, text, 'base');
    expect(found.map((c) => [c.place.name, c.match])).toEqual([[name, match]]);
  });

  it('adds the village layer after the towns, once per GeoNames id', () => {
    const villages = '# comment\n2454857\tKonna\tKona\t14.94329\t-3.89474\tML\t04\t\tPPL\n2457163\tGao\t\t16.27\t-0.04\tML\t09\t\tPPL\n';
    const both = compileBaseLayer(`${GAO}\n${TIMBUKTU}\n`, villages);
    expect([both.table.count, both.table.towns]).toEqual([3, 2]);
    expect(tableCandidates(both.table, both.index, 'Kona', 'base').map((c) => [c.place.name, c.match, c.village])).toEqual([['Konna', 'alt', true]]);
    expect(tableCandidates(both.table, both.index, 'Gao', 'base').map((c) => c.village ?? false)).toEqual([false]);
  });

  it('finds nothing for an unknown name', () => {
    expect(tableCandidates(table, index, 'Konna', 'base')).toEqual([]);
  });

  it('reads the same places and keys back from its data file, in a SharedArrayBuffer as worker threads share it', () => {
    const bytes = encodeDataFile({ path: 'cities500.txt', size: 1, mtimeMs: 2 }, table, index, spatialIndex(table).data);
    const shared = new SharedArrayBuffer(bytes.length);
    new Uint8Array(shared).set(bytes);
    const back = decodeDataFile(shared);
    expect([0, 1].map((row) => placeAt(back.table, row))).toEqual([0, 1].map((row) => placeAt(table, row)));
    expect(tableCandidates(back.table, back.index, 'Tombuctu', 'base')).toEqual(tableCandidates(table, index, 'Tombuctu', 'base'));
    expect(back.table.names.bytes.buffer).toBe(shared);
  });

  it('keeps the spatial index last in its data file, read back as KDBush reads it', () => {
    const spatial = spatialIndex(table);
    const bytes = encodeDataFile({ path: 'cities500.txt', size: 1, mtimeMs: 2 }, table, index, spatial.data);
    const [offset, length] = dataFileHeader(bytes)?.spatial ?? [0, 0];
    expect(offset + length).toBe(bytes.length);
    const back = KDBush.from(new Uint8Array(bytes.subarray(offset)).buffer);
    expect(back.range(-1, 16, 0, 17)).toEqual(spatial.range(-1, 16, 0, 17));
    expect(back.range(-1, 16, 0, 17)).toEqual([0]);
  });
});

describe('the packaged base layer (cities500 + world-countries)', () => {
  const gazetteer = openGazetteer({ userDir: null });

  it('holds ~200k places and reports its load figures', () => {
    const figures = gazetteerFigures();
    expect(figures.places).toBeGreaterThan(190_000);
    expect(figures.keys).toBeGreaterThan(figures.places);
    expect(figures.loadMs).toBeGreaterThan(0);
    expect(figures.memoryMB).toBeGreaterThan(0);
    expect(figures.file).toMatch(/gazetteer-v\d+\.bin$/);
  });

  it.each([
    ['Deliatyn', 'UA'], // GeoNames spells it Deliatyn, older sources Delyatyn
    ['Delyatyn', 'UA'],
    ['Stepanakert', 'AZ'], // an alternate name of Xankandi
    ['Khan Sheikhoun', 'SY'],
  ])('finds %s in %s', (text, country) => {
    expect(findPlaces(gazetteer, text).map((c) => c.place.country)).toContain(country);
  });

  it.each([
    ['Konna', 'ML'], // a village of the village layer (Who's On First), not of cities500
    ['Kafr Nabudah', 'SY'],
  ])('finds the village %s in %s', (text, country) => {
    expect(findPlaces(gazetteer, text).filter((c) => c.village).map((c) => c.place.country)).toContain(country);
  });

  it.each(['Boulikessi', 'Aghabo'])('has a known hole in Mali: %s', (text) => {
    // (consonants alone meet Belekosso, 300 km away: a loose match, trusted only near the article's places)
    expect(findPlaces(gazetteer, text).filter((c) => c.place.country === 'ML' && c.match !== 'loose')).toEqual([]);
  });
});
