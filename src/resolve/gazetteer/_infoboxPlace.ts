import { countryByName } from './countries.js';

// Words around a name in an infobox place field that are not part of the name.
// "Gao and outskirts", "Idlib city", "Avdiivka (and surrounding villages)", "Deliatyn settlement hromada"
const TRAILING = /\s+(?:and (?:its )?(?:outskirts|surroundings|district|environs|suburbs)|outskirts|city|town|village|(?:urban |rural |settlement )?hromada|municipality)$/i;
// "Near Gorom-Gorom", "outskirts of Damascus", "East of Snake Island", "north of Raqqa Governorate"
const LEADING = /^(?:near|around|along|in|outskirts of|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)? of)\s+/i;

/** A name of an infobox place field; `near` when the field places the event near it ("East of Snake Island"). */
export interface InfoboxPlaceName {
  text: string;
  near: boolean;
}

/**
 * The place names an infobox place/location field gives, in order: lines, commas, "and", "in" and
 * parentheses split; generic words dropped.
 * @example infoboxPlaceNames('Gao and outskirts, Gao Region, Mali').map((n) => n.text) // ['Gao', 'Gao Region', 'Mali']
 * @example infoboxPlaceNames('Maarat al-Numaan and Khan Shaykhun, Idlib Governorate, Syria').map((n) => n.text) // ['Maarat al-Numaan', 'Khan Shaykhun', 'Idlib Governorate', 'Syria']
 */
export function infoboxPlaceNames(value: string): InfoboxPlaceName[] {
  const names: InfoboxPlaceName[] = [];
  const parts = value
    .replace(/\(([^)]*)\)/g, ',$1,')
    .split(/[\n,;|]/)
    // "Bosnia and Herzegovina" is one name; "Kherson and Mykolaiv" two.
    .flatMap((part) => (countryByName(part) ? [part] : part.split(/\s+(?:in|and|&)\s+|\s+[–—]\s+/)));
  for (const raw of parts) {
    let part = raw.replace(/^[\s*•·-]+|[\s.:]+$/g, '');
    let near = false;
    for (let before = ''; before !== part; ) {
      before = part;
      const bare = part.replace(LEADING, '');
      near ||= bare !== part && !/^in\s/i.test(part);
      part = bare.replace(TRAILING, '').trim();
    }
    // "surrounding villages", "various locations": lower-case leftovers name no place.
    if (part !== '' && /\p{Lu}/u.test(part[0] ?? '')) names.push({ text: part, near });
  }
  return names;
}

const DECIMAL = /(-?\d+(?:\.\d+)?)°\s*([NS])[,\s]+(-?\d+(?:\.\d+)?)°\s*([EW])/;
const DMS = /(\d+)°(?:\s*(\d+)[′'])?(?:\s*(\d+(?:\.\d+)?)[″"])?\s*([NS])[,\s]+(\d+)°(?:\s*(\d+)[′'])?(?:\s*(\d+(?:\.\d+)?)[″"])?\s*([EW])/;

/**
 * The point an infobox coordinates field gives, as the readers render it ("16.26667°N 0.05°W") or in
 * degrees, minutes and seconds ("16°16′N 0°3′W").
 * @example parseCoordinates('16.26667°N 0.05°W') // { lat: 16.26667, lon: -0.05 }
 */
export function parseCoordinates(value: string): { lat: number; lon: number } | null {
  const d = DECIMAL.exec(value);
  if (d) {
    const lat = Number(d[1]) * (d[2] === 'S' ? -1 : 1);
    const lon = Number(d[3]) * (d[4] === 'W' ? -1 : 1);
    return Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? { lat, lon } : null;
  }
  const m = DMS.exec(value);
  if (!m) return null;
  const deg = (a?: string, b?: string, c?: string): number => Number(a ?? 0) + Number(b ?? 0) / 60 + Number(c ?? 0) / 3600;
  const lat = deg(m[1], m[2], m[3]) * (m[4] === 'S' ? -1 : 1);
  const lon = deg(m[5], m[6], m[7]) * (m[8] === 'W' ? -1 : 1);
  return Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? { lat, lon } : null;
}
