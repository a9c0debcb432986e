import type { Store } from '../../src/store/index.js';

/** What linking made, by stable ids and article content hashes only: equal for the same corpus in any store. */
export async function linkSnapshot(store: Store) {
  const clusters: { id: string; sources: string[]; number_of_sources: number; fatalities: unknown }[] = [];
  for await (const e of store.linkedEvents()) {
    clusters.push({ id: e.id, sources: e.sources.map((s) => `${s.article.id}/${s.event_id}`).sort(), number_of_sources: e.number_of_sources, fatalities: e.fatalities });
  }
  const entities = (await store.entities()).map(({ id, name, kind, articles, events, generic }) => ({ id, name, kind, articles, events, generic }));
  const conflicts = (await store.conflicts()).map(({ id, name, parent_id, events, date_start, date_end }) => ({ id, name, parent_id, events, date_start, date_end }));
  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
  return { clusters: clusters.sort(byId), entities: entities.sort(byId), conflicts: conflicts.sort(byId) };
}
