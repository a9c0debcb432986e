import type { GeoPrecision, Infobox } from '../../../src/model/index.js';
import { distanceKm } from '../../../src/resolve/gazetteer/index.js';
import type { ArticleInput, ResolvedPlace } from '../../../src/resolve/places.js';

/** One place expression from a real article, with what resolving it must give. */
export interface PlaceCase {
  text: string;
  /** The article it comes from (`shared/corpus/plain/<article>.txt`, or the seed). */
  article: string;
  /** The article's infobox place/location field and coordinates, verbatim as the readers give them. */
  place?: string;
  coordinates?: string;
  partof?: string;
  /** The sentence the expression stands in, verbatim, where the case depends on it. */
  sentence?: string;
  /** Other mentions of the same article resolved alongside (the second pass ranks near them). */
  with?: string[];
  country: string;
  /** Expected point and how far the result may lie from it. */
  at?: [lat: number, lon: number, km: number];
  /** Or a box the point must fall in: [minLat, minLon, maxLat, maxLon] (border points). */
  box?: [number, number, number, number];
  precision: GeoPrecision;
}

/** An article as resolution reads it: an infobox with the given fields. */
export function articleOf(c: Pick<PlaceCase, 'place' | 'coordinates' | 'partof'>): ArticleInput {
  const fields = Object.entries({ place: c.place, coordinates: c.coordinates, partof: c.partof })
    .filter((e): e is [string, string] => typeof e[1] === 'string')
    .map(([key, value]) => ({ key, label: key[0]?.toUpperCase() + key.slice(1), value, span: { start: 0, end: 0 } }));
  const infobox: Infobox = { kind: 'military conflict', fields };
  return { infobox };
}

/** How far a result lies from a point, in km (Infinity when unresolved). */
export function kmFrom(r: ResolvedPlace, lat: number, lon: number): number {
  return r.lat === null || r.lon === null ? Infinity : distanceKm(r.lat, r.lon, lat, lon);
}
