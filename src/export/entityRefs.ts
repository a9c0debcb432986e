import type { Entity, Event, Extraction } from '../model/index.js';
import { entityRef, placeRef, type EventRecord } from '../store/index.js';

// one shape for both: what `store.events()` gives and what a saved article's records expand to
export { entityRef, placeRef } from '../store/index.js';

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
