import { admin1Name, findPlaces, regionArea, type Gazetteer, type RegionName } from './gazetteer/index.js';
import { bestPlace, type RankContext } from './_placeRank.js';
import type { Resolution } from './_placeResult.js';

// First-level areas are named after a PPLA (or the capital); second-level ones after a PPLA2.
const SEATS: Record<1 | 2, string[]> = { 1: ['PPLC', 'PPLA'], 2: ['PPLC', 'PPLA', 'PPLA2'] };
/** A town this large, of these codes, may seat a district GeoNames files under no PPLA2. */
const DISTRICT_TOWN = 5000;
const TOWN_CODES = new Set(['PPL', 'PPLA3', 'PPLA4']);

/**
 * A region placed at the centroid of its area's places, found through its seat: "Kidal Region" is the
 * first-level area whose seat (PPLA) is Kidal. Precision 3. Null when no seat of that name is known.
 * @example regionPlace(g, 'Kidal Region', { seat: 'Kidal', word: 'Region', level: 1 }, ctx) // ≈ 19.05, 1.66, admin1 'Kidal'
 */
export function regionPlace(g: Gazetteer, name: string, region: RegionName, ctx: RankContext): Resolution | null {
  const named = findPlaces(g, region.seat).filter((c) => c.match !== 'skeleton' && c.match !== 'loose');
  const seats = named.filter((c) => SEATS[region.level].includes(c.place.featureCode));
  // a district named after a town the gazetteer files as a plain town ("Lebedyn district": Lebedyn is a PPL)
  const towns = region.level === 2 && seats.length === 0 ? named.filter((c) => TOWN_CODES.has(c.place.featureCode) && c.place.population >= DISTRICT_TOWN) : [];
  const seat = bestPlace(seats.length > 0 ? seats : towns, ctx);
  if (!seat) return null;
  const { country, admin1, admin2 } = seat.place;
  // a district whose seat has no second-level code, or is filed as a plain town, has no area of its own to
  // centre on: ACLED places a region at its seat, never at the area around it ("Qamishli District" is not
  // Al-Hasakah's middle)
  const seatOnly = region.level === 2 && (!admin2 || seats.length === 0);
  const secondLevel = region.level === 2 && seat.place.featureCode === 'PPLA2' && !seatOnly ? regionArea(g.base, country, admin1, admin2) : null;
  const area = seatOnly ? null : (secondLevel ?? regionArea(g.base, country, admin1));
  return {
    name,
    lat: area?.lat ?? seat.place.lat,
    lon: area?.lon ?? seat.place.lon,
    country,
    admin1: admin1Name(g.base, country, admin1),
    geonameId: null,
    precision: 3,
    resolved: true,
    layer: seat.layer,
    via: 'region',
    area: { country, admin1, capital: seat.place.featureCode === 'PPLC' ? { lat: seat.place.lat, lon: seat.place.lon } : null, ...(region.level === 2 ? { seat: { lat: seat.place.lat, lon: seat.place.lon } } : {}) },
  };
}
