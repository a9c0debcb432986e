import type { GeoPrecision } from '../model/index.js';
import type { CountryRecord, LayerName } from './gazetteer/index.js';

/** The rule that placed a mention: its own entry, a region's seat, a country, a border, its container… */
export type PlaceRule = 'place' | 'article' | 'region' | 'country' | 'demonym' | 'border' | 'container';

/** One place mention, resolved or not: unresolved places are kept with `resolved: false`, never dropped. */
export interface ResolvedPlace {
  /** The name as the mention gives it. */
  name: string;
  lat: number | null;
  lon: number | null;
  /** ISO 3166-1 alpha-2. */
  country: string | null;
  /** The first-level area, by its seat's name ("Gao"), or GeoNames' code where no seat is known. */
  admin1: string | null;
  geonameId: number | null;
  /** 1 the place itself, 2 near it or part of it, 3 its region, `country` the country only. */
  precision: GeoPrecision | null;
  resolved: boolean;
  layer: LayerName | null;
  via: PlaceRule | null;
}

/** The area a region mention names, kept while resolving so the places it contains can be checked. */
export interface AreaRef {
  country: string;
  /** GeoNames admin1 code. */
  admin1: string;
  /** The seat, when it is the capital: Kyiv Oblast is seated in Kyiv, which GeoNames files as its own area. */
  capital: { lat: number; lon: number } | null;
  /** For a district (second level), its seat: "Lebedyn district" holds the villages around Lebedyn. */
  seat?: { lat: number; lon: number };
}

/** A result while the article is resolved: `spelling` when only a transliteration skeleton matched
 * (a guess, which must not vouch for the article's country or anchor its other places). */
export type Placed = ResolvedPlace & { spelling?: boolean };

/** A resolution in progress: a result, and for regions the area they name. */
export type Resolution = Placed & { area?: AreaRef };

/**
 * A mention no layer places.
 * @example unresolved('Konna') // "pushing the rebels back at the city of Konna": { name: 'Konna', resolved: false, lat: null, … }
 */
export function unresolved(name: string): ResolvedPlace {
  return { name, lat: null, lon: null, country: null, admin1: null, geonameId: null, precision: null, resolved: false, layer: null, via: null };
}

/**
 * A mention placed at a country's centroid.
 * @example atCountry('Spain', countryByName('Spain')!, 'country') // "once over Spain": 40, -4, precision 'country'
 */
export function atCountry(name: string, country: CountryRecord, via: PlaceRule): ResolvedPlace {
  return { name, lat: country.lat, lon: country.lon, country: country.code, admin1: null, geonameId: null, precision: 'country', resolved: true, layer: 'base', via };
}
