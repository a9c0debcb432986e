import type { LinkEvent } from '../store/index.js';

/**
 * For each canonical entity, how many events have it as an actor, associated actor or place.
 * @example eventCounts(events, canonicalOf).get('E5b0c…') // 900
 */
export function eventCounts(events: readonly LinkEvent[], canonicalOf: ReadonlyMap<string, string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const ev of events) {
    // an entity named twice by one event (actor and place) counts the event once
    const named = new Set<string>();
    for (const local of [ev.actor1, ev.actor2, ev.location, ...ev.assoc]) {
      const id = local === null ? undefined : canonicalOf.get(`${ev.articleKey}/${local}`);
      if (id !== undefined) named.add(id);
    }
    for (const id of named) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}
