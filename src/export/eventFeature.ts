import type { EventRecord } from '../store/index.js';
import { countryCodes } from './countryCodes.js';
import { acledEventId, eventUid } from './eventNumber.js';

/** A GeoJSON position: longitude, latitude (RFC 7946 §3.1.1). */
export type Position = [number, number];

export interface PointFeature {
  type: 'Feature';
  id: string;
  /** Null for an event whose place has no coordinates (RFC 7946 §3.2: an unlocated feature). */
  geometry: { type: 'Point'; coordinates: Position } | null;
  properties: Record<string, unknown>;
}

/**
 * An event as a GeoJSON Point feature at its place, its fields flat in `properties` (names, not
 * entity ids) so GIS tools can style and filter by them.
 * @example eventFeature(gaoStrike).geometry // { type: 'Point', coordinates: [-0.0447, 16.2717] }
 */
export function eventFeature(event: Omit<EventRecord, 'cursor'>): PointFeature {
  const place = event.location;
  const uid = eventUid(event);
  return {
    type: 'Feature',
    id: uid,
    geometry: place && place.lat !== null && place.lon !== null ? { type: 'Point', coordinates: [place.lon, place.lat] } : null,
    properties: {
      feature: 'event',
      uid,
      event_id_cnty: acledEventId(event, countryCodes(place?.country ?? null)?.alpha3 ?? null),
      event_type: event.event_type,
      sub_event_type: event.sub_event_type,
      date_start: event.date?.start ?? null,
      date_end: event.date?.end ?? null,
      date_precision: event.date?.precision ?? null,
      time: event.time,
      actor1: event.actor1?.name ?? null,
      actor2: event.actor2?.name ?? null,
      assoc_actors: event.assoc_actors.map((a) => a.name),
      location: place?.name ?? null,
      country: place?.country ?? null,
      admin1: place?.admin1 ?? null,
      geo_precision: event.geo_precision,
      fatalities_low: event.fatalities.low,
      fatalities_best: event.fatalities.best,
      fatalities_high: event.fatalities.high,
      civilian_fatalities: event.civilian_fatalities,
      status: event.status,
      notes: event.notes,
      confidence: event.confidence,
      article_id: event.article.id,
      article_title: event.article.title,
      article_source: event.article.source,
    },
  };
}
