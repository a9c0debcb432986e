import type { Movement } from '../model/index.js';
import { distanceKm } from '../resolve/gazetteer/index.js';
import type { Facts } from './_facts.js';

type Leg = Movement['legs'][number];
const STAGE: Record<Leg['role'], number> = { origin: 0, overflight: 1, refuel: 1, action: 2, destination: 3 };

/**
 * Legs in the order they were flown: origin, then the stops and overflights by their distance from
 * the origin (the article lists them by kind, not by order), then the action and the destination. A
 * stop "near the A-B border" is put in the country the route goes on into.
 */
export function routeOrder(facts: Facts, legs: Leg[]): Leg[] {
  const origin = legs.find((l) => l.role === 'origin');
  const at = (l: Leg): { lat: number; lon: number } | null => {
    const e = facts.entity.get(l.place);
    return e && e.lat !== null && e.lon !== null ? { lat: e.lat, lon: e.lon } : null;
  };
  const from = origin ? at(origin) : null;
  const far = (l: Leg): number => {
    const p = at(l);
    return from && p ? distanceKm(from.lat, from.lon, p.lat, p.lon) : 0;
  };
  const ordered = legs
    .map((leg, i) => ({ leg, i }))
    .sort((a, b) => STAGE[a.leg.role] - STAGE[b.leg.role] || (STAGE[a.leg.role] === 1 ? far(a.leg) - far(b.leg) : 0) || a.i - b.i)
    .map((x) => x.leg);
  return ordered.map((leg, i) => borderSide(facts, leg, ordered.slice(i + 1)));
}

function borderSide(facts: Facts, leg: Leg, later: Leg[]): Leg {
  const place = facts.entity.get(leg.place);
  if (!place || !/\bborder\b/i.test(place.name)) return leg;
  const next = later.map((l) => facts.entity.get(l.place)?.country).find((c): c is string => !!c);
  const country = next ? facts.article.entities.find((e) => e.kind === 'place' && e.precision === 'country' && e.country === next) : undefined;
  return country ? { ...leg, place: country.id } : leg;
}
