import { describe, expect, it } from 'vitest';
import { articleLayer, openGazetteer } from '../../../src/resolve/gazetteer/index.js';
import { borderCountries } from '../../../src/resolve/gazetteer/articleLayer.js';
import { infoboxPlaceNames, parseCoordinates } from '../../../src/resolve/gazetteer/_infoboxPlace.js';
import { articleOf } from './_cases.js';

describe('infoboxPlaceNames', () => {
  it.each([
    ['Gao and outskirts, Gao Region, Mali', ['Gao', 'Gao Region', 'Mali']], // the seed
    ['Maarat al-Numaan and Khan Shaykhun, Idlib Governorate, Syria', ['Maarat al-Numaan', 'Khan Shaykhun', 'Idlib Governorate', 'Syria']],
    ['Avdiivka (and surrounding villages), Donetsk Oblast, Ukraine', ['Avdiivka', 'Donetsk Oblast', 'Ukraine']],
    ['Idlib city, Idlib Governorate, Syria', ['Idlib', 'Idlib Governorate', 'Syria']],
    ['Deliatyn settlement hromada, Nadvirna Raion, Ivano-Frankivsk Oblast,\nUkraine', ['Deliatyn', 'Nadvirna Raion', 'Ivano-Frankivsk Oblast', 'Ukraine']],
    ['Near Gorom-Gorom in Northern Burkina Faso, West Africa', ['Gorom-Gorom', 'Northern Burkina Faso', 'West Africa']],
    ['Boulikessi,Mali', ['Boulikessi', 'Mali']],
    ['Along the Donets river, in Dronivka, Serebryanka and Bilohorivka', ['Dronivka', 'Serebryanka', 'Bilohorivka']],
    ['Bosnia and Herzegovina', ['Bosnia and Herzegovina']],
  ])('%s', (value, names) => {
    expect(infoboxPlaceNames(value).map((n) => n.text)).toEqual(names);
  });

  it('marks a name the event is only near ("East of Snake Island, Black Sea")', () => {
    expect(infoboxPlaceNames('East of Snake Island, Black Sea')).toEqual([{ text: 'Snake Island', near: true }, { text: 'Black Sea', near: false }]);
  });
});

describe('parseCoordinates', () => {
  it.each([
    ['16.26667°N 0.05°W', 16.26667, -0.05],
    ['45.30222°N 36.51139°E', 45.30222, 36.51139],
    ['16°16′N 0°3′W', 16 + 16 / 60, -0.05],
    ['33°30′47″S 70°40′W', -(33 + 30 / 60 + 47 / 3600), -(70 + 40 / 60)],
  ])('%s', (text, lat, lon) => {
    const point = parseCoordinates(text);
    expect(point?.lat).toBeCloseTo(lat, 5);
    expect(point?.lon).toBeCloseTo(lon, 5);
  });

  it.each(['', 'Unknown', '95°N 10°E'])('%s gives no point', (text) => {
    expect(parseCoordinates(text)).toBeNull();
  });
});

describe('articleLayer', () => {
  const gazetteer = openGazetteer({ userDir: null });

  it('reads the seed: the conflict country from the place field, no point', () => {
    const layer = articleLayer(articleOf({ place: 'Gao and outskirts, Gao Region, Mali' }).infobox, gazetteer);
    expect(layer).toMatchObject({ countries: ['ML'], point: null });
    expect(layer.names.map((n) => n.text)).toEqual(['Gao', 'Gao Region', 'Mali']);
  });

  it('pins the coordinates on the first town, not on the region or country (Battle_of_Bakhmut)', () => {
    const layer = articleLayer(articleOf({ place: 'Bakhmut, Donetsk Oblast, Ukraine', coordinates: '48.595°N 38°E' }).infobox, gazetteer);
    expect(layer.names[0]).toEqual({ text: 'Bakhmut', lat: 48.595, lon: 38 });
    expect(layer.names[1]).toMatchObject({ text: 'Donetsk Oblast', lat: null });
    expect(layer.pointCountry).toBe('UA');
  });

  it('takes hinted countries from partof and the title (Siege_of_Kobanî)', () => {
    const layer = articleLayer(articleOf({ partof: 'the Syrian civil war' }).infobox, gazetteer, 'Siege of Kobanî');
    expect(layer.countries).toEqual([]);
    expect(layer.hintedCountries).toEqual(['SY']);
  });

  it('gives nothing for an article without an infobox', () => {
    expect(articleLayer(null, gazetteer)).toEqual({ countries: [], pointCountry: null, hintedCountries: [], written: null, point: null, pointFix: null, names: [] });
  });
});

// Lachin_offensive.txt's place field: "…, Armenia–Azerbaijan border" names both countries.
describe('borderCountries', () => {
  it.each([
    ['Armenia–Azerbaijan border', ['AM', 'AZ']],
    ['the Lebanon-Syria border', ['LB', 'SY']],
    ['Kharkiv Oblast', []],
    ['Armenia–Azerbaijan', []],
    ['Hakari–Vorotan border', []],
  ])('%s', (text, codes) => {
    expect(borderCountries(text)).toEqual(codes);
  });
});
