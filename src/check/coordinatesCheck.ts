import { formatCoordinates } from '../read/coordinates.js';
import { countryByCode } from '../resolve/gazetteer/index.js';
import { verdict, type FieldChecker } from './fieldChecker.js';

const PLACE_KEYS = /^(?:place|location)$/;

/**
 * `Coordinates`: said only when resolving had to mend them. Their hemisphere letters put the point
 * outside the countries the place field names: flipped when a flip lands inside (the flipped point is
 * the one the events use), else refused. The place field that named the country is the evidence.
 * @example coordinatesCheck.check(context, coordinates)?.reason // 'the hemisphere letters put 36.2°N 37.1°W outside Syria; flipped to 36.2°N 37.1°E'
 */
export const coordinatesCheck: FieldChecker = {
  name: 'coordinates',
  keys: /^coordinates$/,
  check(context, field) {
    const fix = context.article.coordinatesFix;
    if (!fix) return null;
    const named = fix.countries.map((c) => countryByCode(c)?.name ?? c).join(' or ');
    const place = context.article.infobox?.fields.find((f) => PLACE_KEYS.test(f.key));
    const outside = `the hemisphere letters put ${formatCoordinates(fix.written.lat, fix.written.lon)} outside ${named}`;
    const reason = fix.point ? `${outside}; flipped to ${formatCoordinates(fix.point.lat, fix.point.lon)}` : `${outside}, and no flip lands inside: refused`;
    return verdict(field, 'contradicts', place?.span ?? null, reason);
  },
};
