import type { Infobox } from '../../model/index.js';
import { infoboxPlaceNames, parseCoordinates } from './_infoboxPlace.js';
import { countryByName, countryOfDemonym } from './countries.js';
import { countryAt } from './nearestTown.js';
import { findPlaces, type Gazetteer } from './gazetteer.js';
import { regionName } from './regionName.js';

/** What an article says about its own geography, before any prose is read. */
export interface ArticleLayer {
  /** The conflict countries (alpha-2) the infobox place/location field names. */
  countries: string[];
  /** The country the infobox coordinates fall in (nearest town within 150 km). */
  pointCountry: string | null;
  /** Countries the partof field and the title name ("the Syrian Civil War"): the weakest evidence. */
  hintedCountries: string[];
  /** The infobox coordinates as written ("36.9°N 37.1°W" → lat 36.9, lon -37.1), before any check. */
  written: { lat: number; lon: number } | null;
  /** The infobox coordinates, checked against the countries the place field names. */
  point: { lat: number; lon: number } | null;
  /** What the check did to them: a hemisphere letter that put them outside the named country flipped, or the point refused. */
  pointFix: 'flipped' | 'refused' | null;
  /** Place names of the infobox place/location field, in order; the first carries `point` unless it is
   * a country, a region or merely near the event ("Bosra" in "Bosra, Daraa Governorate, Syria" does). */
  names: { text: string; lat: number | null; lon: number | null }[];
}

const PLACE_KEYS = ['place', 'location'];
// The place an article about one fight is named after: "Siege of Base 46", "Battle of Bosra (2015)", "2022 Attack on Nova Kakhovka".
const TITLE_SUBJECT = /^(?:\d{4}\s+)?(?:(?:First|Second|Third)\s+)?(?:Siege|Battle|Bombardment|Fall|Capture|Liberation|Defen[cs]e|Sack|Storming|Shelling|Bombing|Attack|Raid|Assault|Massacre|Occupation|Encirclement)\s+(?:of|on)\s+(?:the\s+)?([^()]+?)(?:\s+\([^)]*\))?$/i;
// "northern Syria", "Southern Ukraine", "western Syria": a part of a country still names the country.
const DIRECTION = /^(?:(?:north|south)?(?:-?(?:east|west))?(?:ern)?|central|north|south|east|west)\s+/i;

/**
 * Countries named in a free text by name or demonym, word by word ("the Syrian Civil War" → SY,
 * "2022 Russian invasion of Ukraine" → RU, UA): the weakest hint, used only when the infobox's place,
 * location and coordinates name none.
 */
function hintedCountries(text: string): string[] {
  const words = text.split(/[^\p{L}\p{M}'-]+/u).filter((w) => /^\p{Lu}/u.test(w));
  const found = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    for (let n = 3; n >= 1; n--) {
      const phrase = words.slice(i, i + n).join(' ');
      const code = countryByName(phrase)?.code ?? (n === 1 ? countryOfDemonym(phrase) : null);
      if (code) {
        found.add(code);
        break;
      }
    }
  }
  return [...found];
}

/**
 * "2017 Mosul airstrike": a big city's own name in the title hints at its country when nothing else
 * does (a city of 100,000 or a capital, by its GeoNames name, never by a skeleton).
 */
function titleCityCountries(title: string, gazetteer: Gazetteer): string[] {
  const found = new Set<string>();
  for (const word of title.match(/\p{Lu}[\p{L}'’-]+/gu) ?? []) {
    const cities = findPlaces(gazetteer, word).filter((c) => c.match === 'name' && (c.place.population >= 100_000 || c.place.featureCode === 'PPLC'));
    const countries = new Set(cities.map((c) => c.place.country));
    if (countries.size === 1) found.add([...countries][0] as string);
  }
  return [...found];
}

/**
 * The two countries a border between them names: "Armenia–Azerbaijan border", "Lebanon-Syria border".
 * @example borderCountries('Armenia–Azerbaijan border') // ['AM', 'AZ']; borderCountries('Kharkiv Oblast') // []
 */
export function borderCountries(text: string): string[] {
  const match = /^(?:the\s+)?(.+?)\s*[–—-]\s*(.+?)\s+border$/i.exec(text.trim());
  if (!match?.[1] || !match[2]) return [];
  const codes = [countryByName(match[1]), countryByName(match[2])].map((c) => c?.code ?? null);
  return codes.every((c) => c !== null) ? (codes as string[]) : [];
}

/**
 * The article layer: the infobox's place names, its coordinates and the countries they name.
 * @example articleLayer(seed.infobox, gazetteer) // "- Place: Gao and outskirts, Gao Region, Mali" → { countries: ['ML'], names: [Gao, Gao Region, Mali], point: null }
 */
export function articleLayer(infobox: Infobox | null, gazetteer: Gazetteer, title = ''): ArticleLayer {
  const fields = infobox?.fields ?? [];
  const written = fields.filter((f) => f.key === 'coordinates').map((f) => parseCoordinates(f.value)).find((p) => p !== null) ?? null;
  const listed = fields.filter((f) => PLACE_KEYS.includes(f.key)).flatMap((f) => infoboxPlaceNames(f.value));
  const texts = listed.map((n) => n.text);
  const countries = new Set<string>();
  for (const text of texts) {
    const country = countryByName(text) ?? countryByName(text.replace(DIRECTION, ''));
    if (country) countries.add(country.code);
    for (const code of borderCountries(text)) countries.add(code);
  }
  const { point, fix: pointFix } = checkedPoint(gazetteer, written, countries);
  const pointCountry = point ? countryAt(gazetteer.base, point.lat, point.lon) : null;
  const hintText = [title, ...fields.filter((f) => f.key === 'partof' || f.key === 'conflict').map((f) => f.value)].join(' · ');
  const named = hintedCountries(hintText);
  const hints = named.length > 0 ? named : titleCityCountries(title, gazetteer);
  // "East of Snake Island": the point is the event's, beside the island, not the island's.
  const first = listed[0];
  const isCountry = (text: string): boolean => !!(countryByName(text) ?? countryByName(text.replace(DIRECTION, '')));
  const pinned = point && first && !first.near && !isCountry(first.text) && !regionName(first.text) ? 0 : -1;
  const names = texts.map((text, i) => ({ text, lat: i === pinned ? (point?.lat ?? null) : null, lon: i === pinned ? (point?.lon ?? null) : null }));
  // "Siege of Base 46": the place the article is about is where its coordinates point.
  const subject = TITLE_SUBJECT.exec(title)?.[1]?.trim();
  if (point && subject && !isCountry(subject) && !regionName(subject) && !texts.includes(subject)) names.push({ text: subject, lat: point.lat, lon: point.lon });
  return { countries: [...countries], pointCountry, hintedCountries: hints, written, point, pointFix, names };
}

/**
 * Infobox coordinates checked against the countries the place field names: a point its hemisphere
 * letters put outside them ("36.9°W" for a town of Syria) is flipped when the flip lands inside, else
 * refused; a point with no named country to check against is kept.
 * @example checkedPoint(gazetteer, { lat: 35.2, lon: -36.7 }, new Set(['SY'])) // { point: { lat: 35.2, lon: 36.7 }, fix: 'flipped' }
 */
export function checkedPoint(gazetteer: Gazetteer, point: { lat: number; lon: number } | null, countries: ReadonlySet<string>): { point: { lat: number; lon: number } | null; fix: 'flipped' | 'refused' | null } {
  if (!point || countries.size === 0) return { point, fix: null };
  const inside = (p: { lat: number; lon: number }): boolean => countries.has(countryAt(gazetteer.base, p.lat, p.lon) ?? '');
  if (inside(point)) return { point, fix: null };
  const flips = [{ lat: point.lat, lon: -point.lon }, { lat: -point.lat, lon: point.lon }, { lat: -point.lat, lon: -point.lon }];
  const flipped = flips.find(inside);
  return flipped ? { point: flipped, fix: 'flipped' } : { point: null, fix: 'refused' };
}
