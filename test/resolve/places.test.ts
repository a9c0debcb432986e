import { describe, expect, it } from 'vitest';
import { openGazetteer } from '../../src/resolve/gazetteer/index.js';
import { resolvePlaces, type ResolvedPlace } from '../../src/resolve/places.js';
import { articleOf, kmFrom, type PlaceCase } from './gazetteer/_cases.js';
import { AREAS, COUNTRIES, TOWNS } from './gazetteer/_corpusCases.js';

// The base layer alone, loaded once for the file: no user layer from the machine's data folder.
const gazetteer = openGazetteer({ userDir: null });

const SEED = articleOf({ place: 'Gao and outskirts, Gao Region, Mali' });
const BACKGROUND =
  'On the same day of the Gao bombings, French forces also bombed an Ansar Dine base in Aghabo, Kidal Region.';
const REFUEL = 'They refueled three times during the journey; once over Spain, once over Mauritania and again near the Mauritanian-Malian border.';
const OVERFLIGHT = 'The aircraft flew over Morocco and Mauritania to avoid Algerian airspace.';
const TAKEOFF = 'On the morning of January 13, four Rafale fighter jets took off from Saint-Dizier in France and headed towards Mali, accompanied by tankers.';
const CAPTURE = 'In early 2012, moderate Tuareg rebels of the National Movement for the Liberation of Azawad (MNLA) launched an offensive against Malian forces in northern Mali, capturing swathes of territory including the cities of Kidal and Ménaka.';

/** A case of the seed (shared/seed/Bombardment_of_Gao.txt), whose infobox place is SEED's. */
type SeedCase = Omit<PlaceCase, 'article' | 'place'>;
const seed = (c: SeedCase): PlaceCase => ({ ...c, article: 'Bombardment_of_Gao', place: 'Gao and outskirts, Gao Region, Mali' });

// Every place of the seed's gold file, and the seed's other place expressions.
const SEED_CASES: PlaceCase[] = ([
  { text: 'Gao', sentence: 'Around six hours after takeoff, French forces bombed several areas in and around Gao.', country: 'ML', at: [16.2717, -0.0447, 25], precision: 1 },
  { text: 'Kidal', sentence: CAPTURE, country: 'ML', at: [18.4411, 1.4078, 25], precision: 1 },
  { text: 'Ménaka', sentence: CAPTURE, country: 'ML', at: [15.9182, 2.4022, 25], precision: 1 },
  { text: 'Menaka', country: 'ML', at: [15.9182, 2.4022, 25], precision: 1 },
  { text: 'Timbuktu', country: 'ML', at: [16.7735, -3.0074, 25], precision: 1 },
  { text: 'Tombouctou', country: 'ML', at: [16.7735, -3.0074, 25], precision: 1 },
  { text: 'Bourem', sentence: 'The Firhoun and Bourem military camps were destroyed, and another camp in the center of Gao was destroyed.', country: 'ML', at: [16.9686, -0.35, 25], precision: 1 },
  { text: 'Saint-Dizier', sentence: TAKEOFF, country: 'FR', at: [48.6383, 4.9497, 25], precision: 1 },
  { text: "N'Djamena", country: 'TD', at: [12.1067, 15.0444, 25], precision: 1 },
  { text: 'Ndjamena', country: 'TD', at: [12.1067, 15.0444, 25], precision: 1 },
  { text: 'Gao Region', country: 'ML', at: [16.2717, -0.0447, 250], precision: 3 },
  { text: 'Kidal Region', sentence: BACKGROUND, country: 'ML', at: [18.4411, 1.4078, 350], precision: 3 },
  { text: 'Aghabo', sentence: BACKGROUND, country: 'ML', at: [18.4411, 1.4078, 350], precision: 3 },
  { text: 'Mali', sentence: TAKEOFF, country: 'ML', at: [17, -4, 800], precision: 'country' },
  { text: 'northern Mali', sentence: CAPTURE, country: 'ML', precision: 'country' },
  { text: 'France', sentence: TAKEOFF, country: 'FR', precision: 'country' },
  { text: 'Spain', sentence: REFUEL, country: 'ES', at: [40, -4, 600], precision: 'country' },
  { text: 'Morocco', sentence: OVERFLIGHT, country: 'MA', precision: 'country' },
  { text: 'Mauritania', sentence: OVERFLIGHT, country: 'MR', precision: 'country' },
  { text: 'Algeria', country: 'DZ', precision: 'country' },
  { text: 'Algerian airspace', sentence: OVERFLIGHT, country: 'DZ', precision: 'country' },
  { text: 'Mauritanian-Malian border', sentence: REFUEL, country: 'MR', box: [14.5, -12.5, 25.1, -4.5], precision: 2 },
] satisfies SeedCase[]).map(seed);

function resolveCase(c: PlaceCase): ResolvedPlace {
  const queries = [{ text: c.text, sentence: c.sentence ?? null }, ...(c.with ?? []).map((text) => ({ text, sentence: c.sentence ?? null }))];
  const [first] = resolvePlaces(queries, articleOf(c), { gazetteer });
  if (!first) throw new Error(`no result for ${c.text}`);
  return first;
}

function expectCase(c: PlaceCase): void {
  const r = resolveCase(c);
  expect(r.name).toBe(c.text);
  expect(r.resolved).toBe(true);
  expect(r.country).toBe(c.country);
  expect(r.precision).toBe(c.precision);
  if (c.at) expect(kmFrom(r, c.at[0], c.at[1])).toBeLessThanOrEqual(c.at[2]);
  if (c.box) {
    const [minLat, minLon, maxLat, maxLon] = c.box;
    expect(r.lat).toBeGreaterThanOrEqual(minLat);
    expect(r.lat).toBeLessThanOrEqual(maxLat);
    expect(r.lon).toBeGreaterThanOrEqual(minLon);
    expect(r.lon).toBeLessThanOrEqual(maxLon);
  }
}

describe('resolvePlaces: the seed', () => {
  it.each(SEED_CASES)('$text', expectCase);

  it('places "Mali" at the country, never at the town of Mali in Guinea', () => {
    const [r] = resolvePlaces([{ text: 'Mali' }], SEED, { gazetteer });
    expect(r).toMatchObject({ country: 'ML', precision: 'country', geonameId: null, via: 'country' });
  });

  it('places Konna, missing from cities500, from the village layer', () => {
    // Timbuktu, which the seed names beside it, is the article's place within 300 km of it (Gao is 440 km away).
    const results = resolvePlaces([{ text: 'Konna', sentence: CAPTURE }, { text: 'Gao' }, { text: 'Timbuktu' }], SEED, { gazetteer });
    expect(results).toHaveLength(3);
    expect(results[0]).toMatchObject({ name: 'Konna', resolved: true, country: 'ML', geonameId: 2454857, precision: 1, layer: 'base' });
    expect(kmFrom(results[0] as ResolvedPlace, 14.95, -3.8833)).toBeLessThan(25);
  });

  it('reports admin1 by its seat and the layer and rule that placed each mention', () => {
    const [gao, aghabo] = resolvePlaces([{ text: 'Gao' }, { text: 'Aghabo', sentence: BACKGROUND }], SEED, { gazetteer });
    expect(gao).toMatchObject({ admin1: 'Gao', geonameId: 2457163, layer: 'base', via: 'place' });
    expect(aghabo).toMatchObject({ admin1: 'Kidal', geonameId: null, via: 'container' });
  });
});

describe('resolvePlaces: corpus towns', () => {
  it.each(TOWNS)('$text ($article)', expectCase);
});

describe('resolvePlaces: corpus regions, near places and article coordinates', () => {
  it.each(AREAS)('$text ($article)', expectCase);
});

describe('resolvePlaces: corpus countries and borders', () => {
  it.each(COUNTRIES)('$text ($article)', expectCase);
});

describe('resolvePlaces: what the title and the words around a name say', () => {
  it('puts the place a title is about ("Siege of Base 46") at the infobox coordinates', () => {
    const article = { ...articleOf({ place: 'Urum al-Sughra, Syria', coordinates: '36.12571°N, 36.88793°E' }), title: 'Siege of Base 46' };
    const [base] = resolvePlaces([{ text: 'Base 46', sentence: 'On 18 November, rebel forces stormed and entered Base 46.' }], article, { gazetteer });
    expect(base).toMatchObject({ resolved: true, layer: 'article', via: 'article', country: 'SY' });
    expect(kmFrom(base as ResolvedPlace, 36.12571, 36.88793)).toBeLessThan(1);
  });

  it('takes the country of a big city in the title when the infobox names none', () => {
    const sentence = 'The coalition conducted an airstrike on 17 March in the al-Jadidah neighborhood.';
    const [jadidah] = resolvePlaces([{ text: 'al-Jadidah', sentence }, { text: 'Mosul' }], { infobox: null, title: '2017 Mosul airstrike' }, { gazetteer });
    // El Jadida, Morocco, is a namesake: a neighbourhood lies in the article's country, near its places
    expect(jadidah?.country).not.toBe('MA');
  });

  it('keeps a neighbourhood near the article\'s places or leaves it unresolved', () => {
    const sentence = 'The strike hit the al-Jadidah neighborhood, where civilian casualties were reported.';
    const [jadidah] = resolvePlaces([{ text: 'al-Jadidah', sentence }, { text: 'Mosul' }, { text: 'Tikrit' }], articleOf({ place: 'Mosul, Iraq' }), { gazetteer });
    expect(jadidah?.country === 'IQ' || jadidah?.resolved === false).toBe(true);
  });

  it('never places a conjunction, preposition or determiner capitalised mid-sentence ("... And each", "For" in Brazil)', () => {
    const sentence = 'The craters are 10 meters across, ... And each is consistent with a missile. For months, As the Army said, In the end, On 10 August';
    const placed = resolvePlaces(['And', 'For', 'As', 'In', 'On', 'All', 'But'].map((text) => ({ text, sentence })), null, { gazetteer });
    expect(placed.filter((p) => p.resolved)).toEqual([]);
  });

  it('does not let a spelling guess abroad ("Saky" as Sakai, Japan) unsettle the country of the article\'s other places', () => {
    const sentence = 'Explosions occurred at the Saky airbase in the city of Novofedorivka, during the Russian invasion of Ukraine.';
    const [saky, town] = resolvePlaces(['Saky', 'Novofedorivka', 'Ukraine'].map((text) => ({ text, sentence })), null, { gazetteer });
    expect([saky?.country, town?.country]).toEqual(['UA', 'UA']);
    expect(Object.keys(saky ?? {})).not.toContain('spelling');
  });
});

// 2022_northeastern_Ukraine–Russia_border_skirmishes.txt ("Russian forces fired at Shalyhyne in Shostka Raion"), own words: of the
// oblast's many Mykolaivkas, the one the district named lies around its seat
describe('resolvePlaces: "X in Y Raion" is the namesake around the district\'s seat', () => {
  const donetsk = articleOf({ place: 'Donetsk Oblast, Ukraine' });
  const at = (district: string) => resolvePlaces([{ text: 'Mykolaivka', sentence: `Russian forces shelled the village of Mykolaivka in ${district}.` }], donetsk, { gazetteer })[0];
  it.each([
    ['Sloviansk Raion', 48.85, 37.78],
    ['Pokrovsk Raion', 48.19, 37.39],
  ])('%s', (district, lat, lon) => {
    const r = at(district);
    expect(r ? kmFrom(r, lat, lon) : Infinity).toBeLessThan(5);
  });
});

// a district named after a town GeoNames files with no district seat's code
describe('resolvePlaces: a district seated in a plain town lies at the town', () => {
  it.each([
    ['Putyvl Raion', 51.34, 33.87],
    ['Buryn Raion', 51.2, 33.84],
  ])('%s', (text, lat, lon) => {
    const [r] = resolvePlaces([{ text, sentence: `Russian forces shelled ${text}.` }], articleOf({ place: 'Sumy Oblast, Ukraine' }), { gazetteer });
    expect(r?.precision).toBe(3);
    expect(r ? kmFrom(r, lat, lon) : Infinity).toBeLessThan(5);
  });
});

// Fall_of_Mosul.txt ("all of the city's tanks were being used by Iraqi forces in Al Anbar Governorate"),
// Battle_of_Ramadi_(2015–2016).txt ("launched an offensive to recapture Anbar province") and
// Battle_of_Mosul_(2016–2017).txt ("the group's headquarters in Nineveh province"), own words: a name with a
// region word is the administrative area GeoNames files under it (Al Anbar, seated in Ramadi, so no town
// "Anbar" seats it), however far its centre lies from the article's other places, with no context at all,
// and never a namesake village abroad (Anbar, Turkey; Nineveh, Indiana)
describe('resolvePlaces: a name with a region word is the administrative area of that name', () => {
  const mosul = articleOf({ place: 'Mosul, Iraq' });
  it.each([
    ['Al Anbar Governorate', 'Most of the armour had been sent to Al Anbar Governorate.', mosul, 33.0, 41.6],
    ['Anbar Governorate', 'Most of the armour had been sent to Anbar Governorate.', mosul, 33.0, 41.6],
    ['Anbar', 'The army then moved west to retake Anbar province.', mosul, 33.0, 41.6],
    ['Anbar Governorate', 'Most of the armour had been sent to Anbar Governorate.', null, 33.0, 41.6],
    ['Nineveh', 'The militants kept their headquarters in Nineveh province.', null, 36.1, 42.5],
  ])('%s ("%s")', (text, sentence, article, lat, lon) => {
    const [r] = resolvePlaces([{ text, sentence }, ...(article ? [{ text: 'Mosul', sentence: 'Militants entered Mosul.' }] : [])], article, { gazetteer });
    expect(r).toMatchObject({ name: text, resolved: true, country: 'IQ', precision: 3, via: 'region' });
    expect(r ? kmFrom(r, lat, lon) : Infinity).toBeLessThan(150);
  });

  // Battle_of_Mosul_(2016–2017).txt ("ISIL fighters struck Ar-Rutbah in Anbar Province"), own words: the town
  // the region holds stays the town
  it('keeps a town said to lie in the region at the town', () => {
    const sentence = 'Militants raided Ar-Rutbah in Anbar Province on the same day.';
    const [town, region] = resolvePlaces([{ text: 'Ar-Rutbah', sentence }, { text: 'Anbar Province', sentence }], mosul, { gazetteer });
    expect(town).toMatchObject({ country: 'IQ', precision: 1, via: 'place' });
    expect(town ? kmFrom(town, 33.04, 40.29) : Infinity).toBeLessThan(10);
    expect(region).toMatchObject({ country: 'IQ', precision: 3, via: 'region' });
  });

  // Battle_of_the_Shaer_gas_field_(2016).txt (place "Palmyra region, Homs Governorate, Syria"), own words: a region
  // word after a town that seats no area and names none leaves the town
  it('leaves a town that names no area ("the Palmyra region") the town', () => {
    const [r] = resolvePlaces([{ text: 'Palmyra', sentence: 'Government troops regrouped in the Palmyra region.' }], articleOf({ place: 'Homs Governorate, Syria' }), { gazetteer });
    expect(r).toMatchObject({ country: 'SY', precision: 1, via: 'place' });
    expect(r ? kmFrom(r, 34.56, 38.28) : Infinity).toBeLessThan(10);
  });
});
