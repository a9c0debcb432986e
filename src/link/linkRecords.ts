import type { LinkInputs, LinkRecords } from '../store/index.js';
import { articleOrder } from './_articleOrder.js';
import { clusterRow } from './_clusterRow.js';
import { entityCounts } from './_entityCounts.js';
import { linkable } from './_linkable.js';
import { canonicalEntities } from './canonicalEntities.js';
import { conflictTree } from './conflictTree.js';
import { linkEvents } from './linkEvents.js';

/**
 * Links a store's per-article records: canonical entities across articles (with why each member
 * belongs), clusters of events that are one happening, and the conflict tree. A pure function of
 * its inputs' content: the same corpus gives the same rows whatever order it was stored in.
 * @example linkRecords(await store.linkInputs()).clusters.filter((c) => c.number_of_sources > 1)
 */
export function linkRecords(inputs: LinkInputs): LinkRecords {
  const started = performance.now();
  const canonical = canonicalEntities(inputs.articles, inputs.entities);
  const entitiesDone = performance.now();
  const names = new Map(canonical.entities.map((e) => [e.id, e.name]));
  const generic = new Set(canonical.entities.filter((e) => e.generic).map((e) => e.id));
  const groups = linkEvents(linkable(inputs.events, canonical.canonicalOf, generic, articleOrder(inputs.articles)));
  const articles = new Map(inputs.articles.map((a) => [a.key, a]));
  const refOf = (local: string | null, articleKey: number) => {
    const id = local === null ? undefined : canonical.canonicalOf.get(`${articleKey}/${local}`);
    return id === undefined ? null : { id, name: names.get(id) ?? '' };
  };
  // only the places events name: a map of every entity's name held 300k keys at 5,000 articles
  const placeKeys = new Set(inputs.events.flatMap((e) => (e.location === null ? [] : [`${e.articleKey}/${e.location}`])));
  const localNames = new Map<string, string>();
  for (const e of inputs.entities) {
    const key = `${e.articleKey}/${e.id}`;
    if (placeKeys.has(key)) localNames.set(key, e.name);
  }
  placeKeys.clear();
  const placeName = (local: string | null, articleKey: number) => (local === null ? null : (localNames.get(`${articleKey}/${local}`) ?? null));
  const clusters = groups.map((g) => clusterRow(g, articles, refOf, placeName));
  const eventsDone = performance.now();
  const conflicts = conflictTree(inputs.articles);
  const counts = entityCounts(inputs.entities, inputs.events, canonical.canonicalOf);
  const entities = canonical.entities.map((e) => ({ ...e, ...(counts.get(e.id) ?? { articles: 0, events: 0 }) }));
  return {
    entities,
    members: canonical.members,
    clusters,
    conflicts,
    figures: {
      articles: inputs.articles.length,
      last_article_key: Math.max(0, ...inputs.articles.map((a) => a.key)),
      entities: inputs.entities.length,
      canonical_entities: entities.length,
      merged_entities: entities.filter((e) => e.articles > 1).length,
      events: inputs.events.length,
      clusters: clusters.length,
      linked_clusters: clusters.filter((c) => c.number_of_sources > 1).length,
      conflicts: conflicts.length,
      entities_ms: Math.round(entitiesDone - started),
      events_ms: Math.round(eventsDone - entitiesDone),
      conflicts_ms: Math.round(performance.now() - eventsDone),
    },
  };
}
