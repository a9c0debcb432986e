import type { LinkEntity, LinkEvent } from '../store/index.js';

/**
 * For each canonical entity, how many articles name it and how many events have it as an actor,
 * associated actor or place.
 * @example entityCounts(entities, events, canonicalOf).get('E5b0c…') // { articles: 120, events: 900 }
 */
export function entityCounts(entities: readonly LinkEntity[], events: readonly LinkEvent[], canonicalOf: ReadonlyMap<string, string>): Map<string, { articles: number; events: number }> {
  const articles = new Map<string, Set<number>>();
  // events as themselves, not as `article/id` strings: one reference each, no string per actor named
  const named = new Map<string, Set<LinkEvent>>();
  const add = <T>(map: Map<string, Set<T>>, id: string | undefined, value: T): void => {
    if (id === undefined) return;
    const set = map.get(id);
    if (set) set.add(value);
    else map.set(id, new Set([value]));
  };
  for (const e of entities) add(articles, canonicalOf.get(`${e.articleKey}/${e.id}`), e.articleKey);
  for (const ev of events) {
    for (const local of [ev.actor1, ev.actor2, ev.location, ...ev.assoc]) {
      if (local !== null) add(named, canonicalOf.get(`${ev.articleKey}/${local}`), ev);
    }
  }
  return new Map([...articles.keys()].map((id) => [id, { articles: articles.get(id)?.size ?? 0, events: named.get(id)?.size ?? 0 }]));
}
