import type { Infobox } from '../model/index.js';
import { articleLayer, foldName, nameSkeleton, openGazetteer, type ArticleLayer, type Gazetteer } from './gazetteer/index.js';
import type { PlaceContext } from './_placeName.js';
import { resolveQuery, type PlaceQuery } from './_placeQuery.js';
import { unresolved, type Placed, type ResolvedPlace } from './_placeResult.js';

export { countryByName, countryOfDemonym } from './gazetteer/index.js';
export type { PlaceQuery } from './_placeQuery.js';
export type { PlaceRule, ResolvedPlace } from './_placeResult.js';

/** What resolution reads from the article: its infobox (place, location, coordinates, partof) and title. */
export interface ArticleInput {
  infobox: Infobox | null;
  title?: string;
}

export interface ResolvePlacesOptions {
  /** Defaults to the base layer plus the user layer of `$ANNALS_GAZETTEER` or the default data folder. */
  gazetteer?: Gazetteer;
}

type Point = { lat: number; lon: number };
// A spelling guess ("Saky" as Sakai, Japan, before the article's country is known) anchors nothing.
const pointOf = (r: Placed): Point | null => (r.resolved && !r.spelling && r.precision !== 'country' && r.lat !== null && r.lon !== null ? { lat: r.lat, lon: r.lon } : null);
function withoutSpelling(placed: Placed): ResolvedPlace {
  const record = { ...placed };
  delete record.spelling;
  return record;
}

/**
 * The article's context: its conflict countries, by the strongest evidence there is (the place field
 * names a country; else the countries of the places it names; else the coordinates; else partof and
 * title), and the points its infobox gives or names.
 */
function articleContext(input: ArticleInput | null, gazetteer: Gazetteer): PlaceContext {
  const article = articleLayer(input?.infobox ?? null, gazetteer, input?.title);
  const ctx: PlaceContext = { gazetteer, article, countries: new Set(article.countries), anchors: article.point ? [article.point] : [] };
  const named = article.names.map((n) => resolveQuery({ text: n.text }, ctx));
  const anchors = [...ctx.anchors, ...named.map(pointOf).filter((p): p is Point => p !== null)];
  // Not the infobox's own point or containers: those would only echo the coordinates or the chain.
  const fromNames = named.flatMap((r) => (r.resolved && !r.spelling && r.country && r.via !== 'container' && r.via !== 'article' ? [r.country] : []));
  const evidence = [article.countries, fromNames, article.pointCountry ? [article.pointCountry] : [], article.hintedCountries];
  return { ...ctx, countries: new Set(evidence.find((list) => list.length > 0) ?? []), anchors };
}

/**
 * Without an infobox country, the country that leads the first pass by more than twice the runner-up's
 * votes (and has at least three): two
 * for each distinct place name in it (names, not mentions, so "Palmyra" misplaced thirty times does
 * not outvote), one for each time the prose names the country ("Syria"). Demonyms do not vote: the
 * invader's ("Russian forces") would outvote the invaded.
 */
function dominantCountry(results: readonly Placed[]): Set<string> {
  const votes = new Map<string, number>();
  const vote = (country: string, n: number): void => void votes.set(country, (votes.get(country) ?? 0) + n);
  const placed = new Set<string>();
  for (const r of results) {
    if (!r.resolved || !r.country || r.via === 'demonym' || r.spelling) continue;
    if (r.via === 'country') vote(r.country, 1);
    // one vote per name, spelt however: "al-Jadida" and "al-Jadidah" are one name
    else placed.add(`${nameSkeleton(foldName(r.name.replace(/^the\s+/i, '')))}|${r.country}`);
  }
  for (const key of placed) vote(key.split('|')[1] ?? '', 2);
  const [top, next] = [...votes].sort((a, b) => b[1] - a[1]);
  const leads = top && top[1] >= 3 && top[1] > 2 * (next?.[1] ?? 0);
  return leads ? new Set([top[0]]) : new Set();
}

/**
 * Places every mention: inside the article's conflict country, near its other places, by population
 * and feature class. A second pass re-ranks each mention near the places the others resolved to (and,
 * when the infobox names no country, inside the country most of them lie in).
 * Unresolved mentions are kept with `resolved: false`.
 * @example resolvePlaces([{ text: 'Aghabo', sentence: 'On the same day of the Gao bombings, French forces also bombed an Ansar Dine base in Aghabo, Kidal Region.' }], seed)
 * // [{ name: 'Aghabo', lat: ≈19.05, lon: ≈1.66, country: 'ML', admin1: 'Kidal', precision: 3, via: 'container', … }]
 */
export function resolvePlaces(queries: readonly PlaceQuery[], article: ArticleInput | null, options: ResolvePlacesOptions = {}): ResolvedPlace[] {
  return resolveArticlePlaces(queries, article, options.gazetteer ?? openGazetteer()).places;
}

/**
 * `resolvePlaces`, and the article layer it read (the infobox's coordinates as written and as checked).
 * @example resolveArticlePlaces(queries, bosra, gazetteer).layer.pointFix // 'flipped' for "32.5°N 36.5°W" in Syria
 */
export function resolveArticlePlaces(queries: readonly PlaceQuery[], article: ArticleInput | null, gazetteer: Gazetteer): { places: ResolvedPlace[]; layer: ArticleLayer } {
  const ctx = articleContext(article, gazetteer);
  const first = queries.map((q) => resolveQuery(q, ctx));
  const countries = ctx.countries.size > 0 ? ctx.countries : dominantCountry(first);
  // Only places inside the conflict countries anchor the others: a stray match abroad must not pull.
  const points = first.map((r) => (countries.size === 0 || countries.has(r.country ?? '') ? pointOf(r) : null));
  const second: PlaceContext = { ...ctx, countries };
  // skeletons once each, not once per pair of mentions: an article names hundreds of places
  const names = queries.map((q) => nameSkeleton(foldName(q.text)));
  const places = queries.map((q, i) => {
    // Not itself, nor another mention of the same name however spelt: "Palmyra" must not vouch for
    // "Palmyra", nor "al-Jadidah" for "al-Jadida".
    const others = points.filter((p, j): p is Point => p !== null && names[j] !== names[i]);
    return withoutSpelling(others.length === 0 && countries === ctx.countries ? (first[i] ?? unresolved(q.text)) : resolveQuery(q, { ...second, anchors: [...ctx.anchors, ...others] }));
  });
  return { places, layer: ctx.article };
}
