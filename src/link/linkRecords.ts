import type { EventClusterRow, LinkArticle, LinkInputs, LinkRecords } from '../store/index.js';
import { articleOrder } from './_articleOrder.js';
import { clusterRow, numberOfSources } from './_clusterRow.js';
import { eventCounts } from './_eventCounts.js';
import { linkable, type LinkableEvent } from './_linkable.js';
import { readOnce } from './_readOnce.js';
import { canonicalEntities } from './canonicalEntities.js';
import { conflictTree } from './conflictTree.js';
import { linkEvents } from './linkEvents.js';

/**
 * Links a store's per-article records: canonical entities across articles (with why each member
 * belongs), clusters of events that are one happening, and the conflict tree. A pure function of
 * its inputs' content: the same corpus gives the same rows whatever order it was stored in.
 * Members and clusters are made as they are read, once (`readOnce`). Empties `inputs.entities` as
 * it makes them members (a store's entities and members held together were most of a run's memory).
 * @example [...linkRecords(await store.linkInputs()).clusters].filter((c) => c.number_of_sources > 1)
 */
export function linkRecords(inputs: LinkInputs): LinkRecords {
  const started = performance.now();
  const entityCount = inputs.entities.length;
  // the names of the places events name, taken before the entities are made members and let go
  const places = placeNames(inputs);
  const canonical = canonicalEntities(inputs.articles, inputs.entities);
  const entitiesDone = performance.now();
  const names = new Map(canonical.entities.map((e) => [e.id, e.name]));
  const generic = new Set(canonical.entities.filter((e) => e.generic).map((e) => e.id));
  const groups = linkEvents(linkable(inputs.events, canonical.canonicalOf, generic, articleOrder(inputs.articles)));
  const clusters = clusterRows(groups, inputs.articles, canonical.canonicalOf, names, places);
  const eventsDone = performance.now();
  const conflicts = conflictTree(inputs.articles);
  const counts = eventCounts(inputs.events, canonical.canonicalOf);
  // counted in place: a copy of each row would hold both until the run ends
  const entities = canonical.entities.map((e) => Object.assign(e, { events: counts.get(e.id) ?? 0 }));
  return {
    entities,
    members: canonical.members,
    clusters,
    conflicts,
    figures: {
      articles: inputs.articles.length,
      last_article_key: Math.max(0, ...inputs.articles.map((a) => a.key)),
      entities: entityCount,
      canonical_entities: entities.length,
      merged_entities: entities.filter((e) => e.articles > 1).length,
      events: inputs.events.length,
      clusters: groups.length,
      linked_clusters: groups.filter((g) => numberOfSources(g) > 1).length,
      conflicts: conflicts.length,
      entities_ms: Math.round(entitiesDone - started),
      events_ms: Math.round(eventsDone - entitiesDone),
      conflicts_ms: Math.round(performance.now() - eventsDone),
    },
  };
}

// `articleKey/localId` → name, of the places events name only: of every entity it held 300k keys at 5,000 articles.
function placeNames(inputs: LinkInputs): Map<string, string> {
  const placeKeys = new Set(inputs.events.flatMap((e) => (e.location === null ? [] : [`${e.articleKey}/${e.location}`])));
  const names = new Map<string, string>();
  for (const e of inputs.entities) {
    const key = `${e.articleKey}/${e.id}`;
    if (placeKeys.has(key)) names.set(key, e.name);
  }
  return names;
}

// A function of its own, so that the rows hold only the maps they are made from (not the members).
function clusterRows(
  groups: LinkableEvent[][], inputArticles: readonly LinkArticle[], canonicalOf: ReadonlyMap<string, string>, names: ReadonlyMap<string, string>,
  places: ReadonlyMap<string, string>,
): Iterable<EventClusterRow> {
  const articles = new Map(inputArticles.map((a) => [a.key, a]));
  const refOf = (local: string | null, articleKey: number) => {
    const id = local === null ? undefined : canonicalOf.get(`${articleKey}/${local}`);
    return id === undefined ? null : { id, name: names.get(id) ?? '' };
  };
  const placeName = (local: string | null, articleKey: number) => (local === null ? null : (places.get(`${articleKey}/${local}`) ?? null));
  return readOnce(function* () {
    for (const g of groups) yield clusterRow(g, articles, refOf, placeName);
  });
}
