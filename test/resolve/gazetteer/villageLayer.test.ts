import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { findPlaces, openGazetteer } from '../../../src/resolve/gazetteer/index.js';
import { villageLayerPath } from '../../../src/resolve/gazetteer/paths.js';
import { parseVillageRow } from '../../../src/resolve/gazetteer/villageRow.js';
import { resolvePlaces, type ArticleInput } from '../../../src/resolve/places.js';
import { articleOf, kmFrom } from './_cases.js';

// The base layer with the committed village layer, and no user layer from the machine's data folder.
const gazetteer = openGazetteer({ userDir: null });

/** A village where fixtures/gold places an event, in the sentence that names it, beside the article's other places. */
interface VillageCase {
  text: string;
  article: string;
  input: ArticleInput;
  sentence: string;
  with: string[];
  /** The gold file's point. */
  at: [number, number];
}

const SERVAL = articleOf({ place: 'Mali', partof: 'the Mali War and the Islamist insurgency in the Sahel' });
const SERVAL_PLACES = ['Gao', 'Bamako', 'Mopti', 'Timbuktu'];
const HAMA = articleOf({ place: 'Hama Governorate, Syria', partof: 'the Syrian Civil War' });
const NOVOFEDORIVKA = { infobox: null, title: '2022 Novofedorivka explosions' };

const CASES: VillageCase[] = [
  { text: 'Konna', article: 'Bombardment_of_Gao', input: articleOf({ place: 'Gao and outskirts, Gao Region, Mali' }), with: ['Gao', 'Timbuktu'], at: [14.95, -3.8833],
    sentence: 'The capture of the cities of Timbuktu and Gao by these groups pushed French forces to intervene in Mali, pushing the rebels back at the city of Konna.' },
  { text: 'Konna', article: 'Operation_Serval', input: SERVAL, with: SERVAL_PLACES, at: [14.9458, -3.8889],
    sentence: 'Along with French help, Malian forces took back control of Konna on 18 January.' },
  { text: 'Sévaré', article: 'Operation_Serval', input: SERVAL, with: SERVAL_PLACES, at: [14.5333, -4.0956],
    sentence: 'The operation began on 11 January 2013, with French Army Gazelle helicopters armed with 20 mm cannons from the 4th Special Forces Helicopter Regiment attacking a rebel column near Sévaré.' },
  { text: 'Diabaly', article: 'Operation_Serval', input: SERVAL, with: SERVAL_PLACES, at: [14.6917, -6.0136],
    sentence: 'On 21 January, the Malian military, with the aid of French air support, took possession of Diabaly.' },
  { text: 'Hombori', article: 'Operation_Serval', input: SERVAL, with: SERVAL_PLACES, at: [15.2833, -1.7],
    sentence: 'On 25 January, it was reported that a combined force of French and Malian troops captured the town of Hombori, about 100 miles south of Gao.' },
  { text: 'Kernaz', article: '2012_Hama_offensive', input: HAMA, with: ['Hama', 'Kafr Nabudah', 'Halfaya'], at: [35.36, 36.5],
    sentence: 'By early February, the rebels were reportedly in fear of losing Kernaz and with it Kafr Naboudeh.' },
  { text: 'Kafr Nabudah', article: '2012_Hama_offensive', input: HAMA, with: ['Hama', 'Halfaya'], at: [35.44, 36.5],
    sentence: 'On 29 December, six people were killed by the Syrian air force bombardment on the town of Kafr Nabudah.' },
  { text: 'Qmenas', article: '2014_Idlib_offensive', input: articleOf({ place: 'Idlib Governorate Syria' }), with: ['Idlib', 'Saraqib'], at: [35.89, 36.67],
    sentence: 'On 15 April, 21 rebels (including a defected officer and a battalion commander) and a number of Army soldiers were reportedly killed in clashes around Qmenas town.' },
  { text: 'Jalawla', article: 'Fall_of_Mosul', input: articleOf({ place: 'Mosul, Iraq' }), with: ['Mosul', 'Baghdad', 'Tikrit', 'Kirkuk'], at: [34.2725, 45.1672],
    sentence: 'On 8 June, the group launched a double bomb attack against a Patriotic Union of Kurdistan party office in Jalawla, in which eighteen people died.' },
  { text: 'Novofedorivka', article: '2022_Novofedorivka_explosions', input: NOVOFEDORIVKA, with: ['Saky', 'Crimea', 'Ukraine'], at: [45.0947, 33.5721],
    sentence: 'A series of large explosions occurred at the Saky airbase in the city of Novofedorivka, Crimea, on August 9, 2022, during the Russian invasion of Ukraine.' },
];

describe('the village layer: places of fixtures/gold that cities500 lacks', () => {
  it.each(CASES.map((c) => [c.text, c.article, c] as const))('%s (%s) within 25 km of its gold point', (_text, _article, c) => {
    const [r] = resolvePlaces([{ text: c.text, sentence: c.sentence }, ...c.with.map((text) => ({ text }))], c.input, { gazetteer });
    expect(r?.resolved).toBe(true);
    expect(kmFrom(r as NonNullable<typeof r>, ...c.at)).toBeLessThan(25);
  });
});

describe('the village layer file', () => {
  const rows = gunzipSync(readFileSync(villageLayerPath())).toString('utf8').split('\n').map(parseVillageRow).filter((p) => p !== null);
  const villages = rows.filter((p) => p.featureCode === 'PPL');

  it('holds the localities of eleven countries, each inside its country box', () => {
    expect(villages.length).toBeGreaterThan(100_000);
    expect(new Set(villages.map((p) => p.country))).toEqual(new Set(['AM', 'AZ', 'BF', 'IQ', 'LB', 'LY', 'ML', 'NE', 'SY', 'TD', 'UA']));
    // The Mali file's Maltese towns (San Giljan, 35.9°N 14.5°E) are dropped.
    expect(villages.filter((p) => p.country === 'ML' && p.lat > 26)).toEqual([]);
  });

  // Every 239th locality: 500 spread over the countries and the alphabet of ids.
  const sample = villages.filter((_, i) => i % Math.floor(villages.length / 500) === 0).slice(0, 500);
  it.each(sample.map((p) => [p.name, p.country, p.geonameId] as const))('finds %s (%s, %d) by its name', (name, _country, id) => {
    expect(findPlaces(gazetteer, name).map((c) => c.place.geonameId)).toContain(id);
  });
});

describe('the village layer: namesakes and towns', () => {
  const at = (text: string, input: ArticleInput | null, others: string[] = []) =>
    resolvePlaces([{ text }, ...others.map((o) => ({ text: o }))], input, { gazetteer })[0];

  it('a village never beats a town of the same name in the article\'s country, however near its places', () => {
    // Novofedorivka, Kherson Oblast (a town of 5,600) over the hamlet of that name 30 km from Kryvyi Rih.
    expect(at('Novofedorivka', articleOf({ place: 'Kryvyi Rih, Ukraine' }), ['Kryvyi Rih'])?.geonameId).toBe(699607);
  });

  // Battle_of_Lebedyn.txt ("At 22:45, a battle began in Kamiane"): the national romanisation of the village layer's "Kam'yane"
  it('a village by its other romanisation ("Kamiane" for "Kam\'yane") beside the article\'s places beats small namesake towns far from them', () => {
    const kamiane = at('Kamiane', articleOf({ place: 'Lebedyn, Sumy Oblast, Ukraine' }), ['Lebedyn', 'Sumy']);
    expect(kamiane?.admin1).toBe('Sumy');
    expect(kamiane && kmFrom(kamiane, 50.585, 34.485)).toBeLessThan(60);
  });

  it('but "Sharia" meets no town by that reading: the towns\' names keep their "y"', () => {
    expect(at('Sharia', articleOf({ place: 'Mali' }), ['Gao'])?.resolved).toBe(false);
  });

  it('nor a big city abroad by one of its names: "Moskva" is Moscow, not a Ukrainian village', () => {
    expect(at('Moskva', articleOf({ place: 'Kerch Strait, Crimea, Ukraine' }), ['Kerch'])?.country).toBe('RU');
  });

  it('a namesake abroad loses to the village inside the conflict country (Ma\'an in Hama, not Jordan)', () => {
    expect(at("Ma'an", HAMA, ['Hama', 'Kafr Nabudah'])?.country).toBe('SY');
  });

  it('a village abroad places nothing: Boulikessi of Burkina Faso is no Boulikessi of Mali', () => {
    expect(at('Boulikessi', articleOf({ place: 'Mali' }), ['Mondoro', 'Hombori'])?.resolved).toBe(false);
    // With the infobox's "Boulikessi,Mali" it is placed in Mali, the container, never across the border.
    expect(at('Boulikessi', articleOf({ place: 'Boulikessi,Mali' }), ['Mondoro'])).toMatchObject({ country: 'ML', geonameId: null, precision: 'country' });
  });

  it('villages need context: without an article, Konna is no place', () => {
    expect(at('Konna', null)?.resolved).toBe(false);
  });

  it('an admin area of the layer contains what the words put in it, but a bare area name stays unplaced', () => {
    expect(at('Crimea', articleOf({ place: 'Ukraine' }))?.resolved).toBe(false);
    expect(at('Kharkiv Oblast', articleOf({ place: 'Ukraine' }))).toMatchObject({ resolved: true, precision: 3 });
  });
});
