import { admin1Name, areaAt, wikiPoint } from './gazetteer/index.js';
import type { PlaceContext } from './_placeName.js';
import type { Resolution } from './_placeResult.js';

/**
 * The page a wikilink names, where the wiki layer holds its own coordinates: "[[Konna]]" is the
 * town the Konna page is about, wherever namesakes lie. Country and first-level area are the nearest
 * base-layer town's (within 150 km), else the article's one conflict country's.
 * @example wikiPlace('Konna', 'Konna', false, ctx) // { lat: 14.94, lon: -3.89, country: 'ML', admin1: 'Mopti', precision: 1, layer: 'wiki', … }
 */
export function wikiPlace(page: string, text: string, near: boolean, ctx: PlaceContext): Resolution | null {
  const wiki = ctx.gazetteer.wiki;
  const point = wiki ? wikiPoint(wiki, page) : null;
  if (!point) return null;
  const { base } = ctx.gazetteer;
  const area = areaAt(base, point.lat, point.lon);
  const country = area?.country ?? (ctx.countries.size === 1 ? ([...ctx.countries][0] ?? null) : null);
  const admin1 = area ? admin1Name(base, area.country, area.admin1) : null;
  return { name: text, lat: point.lat, lon: point.lon, country, admin1, geonameId: null, precision: near ? 2 : 1, resolved: true, layer: 'wiki', via: 'place' };
}
