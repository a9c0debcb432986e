import {
  admin1Name, borderPoint, countryByCode, countryByName, findPlaces, foldName, nameSkeleton, regionName,
  type ArticleLayer, type Gazetteer, type PlaceCandidate,
} from './gazetteer/index.js';
import { borderCountries, demonymCountry } from './_placeForms.js';
import { bestPlace, type RankContext } from './_placeRank.js';
import { regionPlace } from './_placeRegion.js';
import { atCountry, type Resolution, type ResolvedPlace } from './_placeResult.js';
import { isPlaceStopword } from './_placeStopwords.js';

/** Everything a name is resolved against. */
export interface PlaceContext extends RankContext {
  gazetteer: Gazetteer;
  article: ArticleLayer;
}

const sameName = (a: string, b: string): boolean => foldName(a) === foldName(b) || nameSkeleton(foldName(a)) === nameSkeleton(foldName(b));

function border(text: string, ctx: PlaceContext): ResolvedPlace | null {
  const sides = borderCountries(text);
  if (!sides) return null;
  const [a, b] = sides;
  // "the Turkish border" in an article about Syria: the border between Turkey and the conflict country.
  const home = [...ctx.countries].find((c) => c !== a.code);
  const other = b ?? (home ? countryByCode(home) : null);
  const point = other ? borderPoint(ctx.gazetteer.base, a.code, other.code) : null;
  if (!point) return atCountry(text, a, 'country');
  return { name: text, lat: point.lat, lon: point.lon, country: a.code, admin1: null, geonameId: null, precision: 2, resolved: true, layer: 'base', via: 'border' };
}

// "ISIL", "SDF", "SAA": acronyms are organisations; GeoNames' towns are never written in capitals.
const ACRONYM = /^[\p{Lu}\d.&-]{2,6}$/u;

/** The gazetteer's best town for a name, else the article's own coordinates for it (the gazetteer
 * knows where a town is; the infobox's point is where the event was, and may lie outside the town).
 * The village layer's admin areas place a name only when `areas`: a bare "Crimea" in prose would
 * otherwise outbid the town an event is told at, and the words have not said it is the area they mean. */
function place(text: string, near: boolean, ctx: PlaceContext, areas: boolean, also: readonly PlaceCandidate[] = []): Resolution | null {
  const best = ACRONYM.test(text) ? null : bestPlace([...findPlaces(ctx.gazetteer, text), ...also], ctx, text);
  // An area that outranks every town and village of the name, where the words do not say it is an
  // area: neither the area nor its namesake hamlet ("Salah ad Din"), as before the village layer.
  const found = best && best.place.featureClass === 'A' && !areas ? null : best;
  const precision = near ? 2 : 1;
  if (found) {
    const p = found.place;
    // An administrative area of the village layer ("Salah ad Din", "Kidal" the region): its centre, precision 3.
    const area = p.featureClass === 'A';
    return {
      name: text, lat: p.lat, lon: p.lon, country: p.country, admin1: admin1Name(ctx.gazetteer.base, p.country, p.admin1), geonameId: area ? null : p.geonameId,
      precision: area ? 3 : precision, resolved: true, layer: found.layer, via: area ? 'region' : 'place', ...(found.match === 'skeleton' || found.match === 'loose' ? { spelling: true } : {}),
      // …and as a container it keeps the places it holds inside it ("Novofedorivka, Crimea").
      ...(area ? { area: { country: p.country, admin1: p.admin1, capital: null } } : {}),
    };
  }
  const pinned = ctx.article.names.find((n) => n.lat !== null && n.lon !== null && sameName(n.text, text));
  if (!pinned || pinned.lat === null || pinned.lon === null) return null;
  // The conflict country, when there is one: an island's nearest town may lie across a border.
  const country = (ctx.countries.size === 1 ? [...ctx.countries][0] : null) ?? ctx.article.pointCountry;
  return { name: text, lat: pinned.lat, lon: pinned.lon, country, admin1: null, geonameId: null, precision, resolved: true, layer: 'article', via: 'article' };
}

/**
 * One name resolved by the first form it takes: a border, a demonym, a country, a region, a place.
 * Null when none applies; stopwords ("Army", "May") are never places. A `container` ("…, Crimea")
 * may be an admin area of the village layer by its bare name.
 * @example resolveName('Kidal Region', false, ctx)?.precision === 3
 */
export function resolveName(text: string, near: boolean, ctx: PlaceContext, container = false): Resolution | null {
  if (text === '' || !/\p{Lu}/u.test(text) || isPlaceStopword(text)) return null;
  const country = countryByName(text);
  if (country) return atCountry(text, country, 'country');
  if (/\b(?:border|frontier)\b/i.test(text)) return border(text, ctx);
  const demonym = demonymCountry(text);
  if (demonym) return atCountry(text, demonym, 'demonym');
  const region = regionName(text);
  if (!region) return place(text, near, ctx, container);
  const inRegion = regionPlace(ctx.gazetteer, text, region, ctx);
  if (inRegion && (ctx.countries.size === 0 || ctx.countries.has(inRegion.country ?? ''))) return inRegion;
  // No seat of the name (Al Anbar's is Ramadi, Nineveh's Mosul), or one abroad: the area the gazetteer
  // files under the whole name ("Anbar Governorate" is one of Al Anbar's names) or under the name before
  // the word ("Nineveh province" is the area Nineveh), if it lies in the article's countries.
  const whole = new Set(findPlaces(ctx.gazetteer, text).map((c) => c.place.geonameId));
  const named = findPlaces(ctx.gazetteer, region.seat).filter((c) => c.place.featureClass === 'A' && !whole.has(c.place.geonameId));
  const area = place(text, near, { ...ctx, region: region.level }, true, named);
  if (!inRegion || (area && ctx.countries.has(area.country ?? ''))) return area;
  return inRegion;
}
