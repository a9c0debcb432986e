import type { EntityRef, EventRecord, Store } from '../store/index.js';

/** An event's associated actors by the side they serve, as ACLED's assoc_actor_1 and assoc_actor_2. */
export interface AssocSides {
  side1: EntityRef[];
  side2: EntityRef[];
}

/** Articles whose affiliations are kept while an export runs: events of one article come close together. */
const CACHED_ARTICLES = 32;

/**
 * Splits an event's associated actors by the entity each serves: those affiliated with actor2 go
 * with actor2, all others with actor1 (the store's event records do not carry affiliations, so they
 * are read from the article, only for events that have associated actors, a few articles cached).
 * @example await (assocSidesReader(store))(chornobaivkaV18) // { side1: [], side2: [{ name: '22nd Army Corps', … }] }
 */
export function assocSidesReader(store: Store): (event: EventRecord) => Promise<AssocSides> {
  const cache = new Map<string, Map<string, string | null>>();
  const affiliations = async (articleId: string): Promise<Map<string, string | null>> => {
    let found = cache.get(articleId);
    if (!found) {
      const x = await store.article(articleId);
      found = new Map((x?.entities ?? []).map((e) => [e.id, e.affiliation]));
      if (cache.size >= CACHED_ARTICLES) cache.delete(cache.keys().next().value ?? '');
      cache.set(articleId, found);
    }
    return found;
  };
  return async (event) => {
    if (event.assoc_actors.length === 0) return { side1: [], side2: [] };
    const served = await affiliations(event.article.id);
    const withActor2 = (a: EntityRef) => event.actor2 !== null && served.get(a.id) === event.actor2.id;
    return { side1: event.assoc_actors.filter((a) => !withActor2(a)), side2: event.assoc_actors.filter(withActor2) };
  };
}
