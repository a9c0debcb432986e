import type { Entity, Event, Extraction } from '../model/index.js';
import type { EntityRef, EventRecord, PlaceRef } from '../store/index.js';

const baseRef = (entity: Entity): EntityRef => ({ id: entity.id, name: entity.name, kind: entity.kind, aliases: [...new Set(entity.aliases.map((a) => a.text))] });

/**
 * An entity as the store's event records name it (places with their coordinates), built from a
 * saved article: the same shape `store.events()` gives.
 * @example entityRef(seed.entities.find((e) => e.name === 'Gao')) // { id: 'e1', name: 'Gao', kind: 'place', aliases: ['Gao'], lat: 16.27…, lon: -0.04…, country: 'ML', admin1: 'Gao' }
 */
export function entityRef(entity: Entity): EntityRef | PlaceRef {
  return entity.kind === 'place' ? placeRef(entity) : baseRef(entity);
}

/**
 * A place entity with its coordinates, whatever its kind.
 * @example placeRef(gao).lat // 16.27…
 */
export function placeRef(entity: Entity): PlaceRef {
  return { ...baseRef(entity), lat: entity.lat, lon: entity.lon, country: entity.country, admin1: entity.admin1 };
}

/**
 * An article's entities by id, to expand the ids its records name.
 * @example entityLookup(seed)('e4')?.name === 'France'
 */
export function entityLookup(x: Extraction): (id: string | null) => Entity | undefined {
  const byId = new Map(x.entities.map((e) => [e.id, e]));
  return (id) => (id === null ? undefined : byId.get(id));
}

/**
 * One event of a saved article expanded as `store.events()` expands it (actors, place, evidence words,
 * article), without the store-specific cursor: what `/api/events/:id` answers.
 * @example eventRecord(seed, seed.events[0]).actor1?.name === 'France'
 */
export function eventRecord(x: Extraction, event: Event): Omit<EventRecord, 'cursor'> {
  const find = entityLookup(x);
  const ref = (id: string | null) => {
    const entity = find(id);
    return entity ? entityRef(entity) : null;
  };
  const place = find(event.location);
  return {
    ...event,
    actor1: ref(event.actor1),
    actor2: ref(event.actor2),
    assoc_actors: event.assoc_actors.flatMap((id) => ref(id) ?? []),
    location: place ? placeRef(place) : null,
    evidence: event.evidence.map((s) => ({ start: s.start, end: s.end, text: x.text.slice(s.start, s.end) })),
    article: { id: x.id, title: x.title, source: x.source },
  };
}
