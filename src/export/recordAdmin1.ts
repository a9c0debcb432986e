import type { GeoPrecision } from '../model/index.js';
import { admin1At, admin1Label, admin1Name, loadBaseLayer, type BaseLayer } from '../resolve/gazetteer/index.js';
import type { PlaceRef } from '../store/index.js';

// A GeoNames admin1 code ("08", "ENG", "12070575"), which resolve writes where the division has no seat town.
const CODE = /^[0-9A-Z]+$/;

/**
 * The first-level division an exported row names, always by a name: the seat's name resolve stored
 * ("Gao"); for a code it stored (a division without a seat town: Kyiv Oblast is "13"), GeoNames' name
 * of it ("Kiev"); for a place it stored none for (the article's own coordinates, a border point), the
 * division of the nearest gazetteer place in its country. None for an event placed only in its
 * country: any division would be a guess. The base layer is loaded only when a point must be looked up.
 * @example recordAdmin1({ name: 'Gao', admin1: 'Gao', country: 'ML', … }, 1) === 'Gao'
 * @example recordAdmin1({ name: 'Irpin', admin1: '13', country: 'UA', … }, 1) === 'Kiev'
 * @example recordAdmin1({ name: 'Base 46', admin1: null, country: 'SY', lat: 36.126, lon: 36.888, … }, 1) === 'Aleppo'
 */
export function recordAdmin1(place: PlaceRef | null, precision: GeoPrecision | null, base: () => BaseLayer = loadBaseLayer): string | null {
  if (!place?.country || precision === 'country') return null;
  const { admin1: stored, country, lat, lon } = place;
  if (stored !== null && !CODE.test(stored)) return stored;
  if (stored !== null) return admin1Label(country, stored);
  const code = lat === null || lon === null ? null : admin1At(base(), lat, lon, country);
  if (code === null) return null;
  const seat = admin1Name(base(), country, code);
  return seat !== null && seat !== code ? seat : admin1Label(country, code);
}
