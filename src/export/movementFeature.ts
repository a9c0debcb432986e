import type { Position } from './eventFeature.js';
import type { MovementRecord } from './movementRecord.js';

export interface LineFeature {
  type: 'Feature';
  id: string;
  /** Null when fewer than two legs have coordinates: a line needs two positions (RFC 7946 §3.1.4). */
  geometry: { type: 'LineString'; coordinates: Position[] } | null;
  properties: Record<string, unknown>;
}

/**
 * A movement as a GeoJSON LineString through its legs' places in flown order; each leg (role, time as
 * stated, hours after departure, position) is listed in `properties.legs`, legs without coordinates
 * too (with null position).
 * @example movementFeature(sortie).properties.legs[0] // { place: 'Saint-Dizier', role: 'origin', time: null, offset_hours: null, coordinates: [4.95, 48.63] }
 */
export function movementFeature(movement: MovementRecord): LineFeature {
  const position = (lat: number | null, lon: number | null): Position | null => (lat === null || lon === null ? null : [lon, lat]);
  const legs = movement.legs.map((l) => ({
    place: l.place.name,
    role: l.role,
    time: l.time,
    offset_hours: l.offset_hours?.best ?? null,
    coordinates: position(l.place.lat, l.place.lon),
  }));
  const line = legs.flatMap((l) => (l.coordinates ? [l.coordinates] : []));
  return {
    type: 'Feature',
    id: movement.uid,
    geometry: line.length >= 2 ? { type: 'LineString', coordinates: line } : null,
    properties: {
      feature: 'movement',
      uid: movement.uid,
      actor: movement.actor?.name ?? null,
      vehicle_count: movement.vehicles?.count ?? null,
      vehicle_kind: movement.vehicles?.kind ?? null,
      date_start: movement.date?.start ?? null,
      date_end: movement.date?.end ?? null,
      date_precision: movement.date?.precision ?? null,
      legs,
      avoided: movement.avoided.map((p) => p.name),
      article_id: movement.article.id,
      article_title: movement.article.title,
      article_source: movement.article.source,
    },
  };
}
