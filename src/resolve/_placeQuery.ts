import { admin1Name, distanceKm, regionName, type GeoPlace } from './gazetteer/index.js';
import { resolveName, type PlaceContext } from './_placeName.js';
import { unresolved, type Placed, type Resolution } from './_placeResult.js';
import { containerAfter, nearCue, partOfTownCue, placeWords, regionWordAfter } from './_placeText.js';
import { wikiPlace } from './_placeWiki.js';

/** A place mention: its words, the sentence they stand in (for "near the …" and ", Kidal Region"),
 * and the page a wikilink over them names. */
export interface PlaceQuery {
  text: string;
  sentence?: string | null;
  page?: string | null;
}

/** Names the words put around a mention: ", Kidal Region" after it, or the infobox's later names. */
function containerNames(q: PlaceQuery, core: string, ctx: PlaceContext): string[] {
  const after = q.sentence ? containerAfter(q.sentence, q.text) : null;
  const listed = ctx.article.names.findIndex((n) => n.text === core || n.text === q.text);
  const chain = listed >= 0 ? ctx.article.names.slice(listed + 1).map((n) => n.text) : [];
  return [...(after ? [after] : []), ...chain].slice(0, 3);
}

/** Around a capital, GeoNames' seatless area (Kyiv Oblast around Kyiv city) counts as the region. */
const CAPITAL_AREA_KM = 150;

/** A region or country container keeps the mention inside it; a town container does not. */
function insideOf(outer: Resolution, ctx: PlaceContext): ((p: GeoPlace) => boolean) | null {
  if (outer.via === 'country') return (p) => p.country === outer.country;
  const area = outer.area;
  if (!area) return null;
  const seatless = (p: GeoPlace): boolean => admin1Name(ctx.gazetteer.base, p.country, p.admin1) === p.admin1;
  const nearCapital = (p: GeoPlace): boolean => !!area.capital && distanceKm(p.lat, p.lon, area.capital.lat, area.capital.lon) <= CAPITAL_AREA_KM;
  // a district holds what lies around its seat, not the whole province ("the village of Vorozhba in Lebedyn district")
  const inDistrict = (p: GeoPlace): boolean => !area.seat || distanceKm(p.lat, p.lon, area.seat.lat, area.seat.lon) <= DISTRICT_KM;
  return (p) => p.country === area.country && (p.admin1 === area.admin1 || (seatless(p) && nearCapital(p))) && inDistrict(p);
}

/** How far from its seat a district's villages lie. */
const DISTRICT_KM = 60;

/** A town's quarter lies within this distance of one of the article's places. */
const QUARTER_KM = 40;

/** Inside the conflict countries and near an anchor, when the article has them: where a town's quarter can be. */
function amongAnchors(ctx: PlaceContext): ((p: GeoPlace) => boolean) | null {
  if (ctx.anchors.length === 0 && ctx.countries.size === 0) return null;
  return (p) => (ctx.countries.size === 0 || ctx.countries.has(p.country)) && (ctx.anchors.length === 0 || ctx.anchors.some((a) => distanceKm(p.lat, p.lon, a.lat, a.lon) <= QUARTER_KM));
}

/** The record without the area, which is internal. */
function publicRecord(resolution: Resolution): Placed {
  const record = { ...resolution };
  delete record.area;
  return record;
}

/**
 * One mention: its own words first (inside the area its container names, if any), then the container
 * itself: inside a region the region (3), inside a town near the town (2), inside a country the country.
 * @example resolveQuery({ text: 'Aghabo', sentence: '…bombed an Ansar Dine base in Aghabo, Kidal Region.' }, ctx) // Kidal Region's centroid, precision 3
 */
export function resolveQuery(q: PlaceQuery, ctx: PlaceContext): Placed {
  const words = placeWords(q.text);
  // "Anbar province": the region, when the name with its word is one ("[[Anbar]] province" keeps its page)
  const word = q.sentence && !q.page && !regionName(words.full) ? regionWordAfter(q.sentence, q.text) : null;
  const region = word ? resolveQuery({ text: `${q.text} ${word}`, sentence: q.sentence ?? null }, ctx) : null;
  if (region?.via === 'region') return { ...region, name: q.text };
  const near = words.near || (q.sentence ? nearCue(q.sentence, q.text) : false);
  const outers = containerNames(q, words.core, ctx)
    .map((name) => resolveName(name, false, ctx, true))
    .filter((r): r is Resolution => r !== null);
  const area = outers.map((o) => insideOf(o, ctx)).find((f) => f !== null) ?? (q.sentence && partOfTownCue(q.sentence, q.text) ? amongAnchors(ctx) : null);
  // inside a district, the namesake nearest its seat
  const seat = outers.map((o) => o.area?.seat).find((p) => p !== undefined);
  const inner: PlaceContext = area ? { ...ctx, within: area, ...(seat ? { anchors: [seat] } : {}) } : ctx;
  const found = resolveName(words.full, near, inner) ?? (words.core !== words.full ? resolveName(words.core, true, inner) : null);
  // "[[Konna]]": the page the link names, over any namesake the words meet; never over the country,
  // region or border the words name ("[[Idlib Governorate]]" stays the governorate, at precision 3)
  const linked = q.page && (!found || found.via === 'place' || found.via === 'article') ? wikiPlace(q.page, q.text, near, ctx) : null;
  const own = linked ?? found;
  if (own) return publicRecord({ ...own, name: q.text, precision: near && own.precision === 1 ? 2 : own.precision });
  const outer = outers[0];
  if (!outer) return unresolved(q.text);
  return publicRecord({ ...outer, name: q.text, geonameId: null, precision: outer.precision === 1 ? 2 : outer.precision, via: 'container' });
}
