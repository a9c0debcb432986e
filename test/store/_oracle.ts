import type { Entity, Event, Extraction } from '../../src/model/index.js';
import { foldName } from '../../src/resolve/gazetteer/index.js';
import type { StoreCounts } from '../../src/store/index.js';

// What the store should hold and select, worked out from the extractions themselves.

/** Rows each table should hold for these articles. */
export function expectedCounts(articles: readonly Extraction[]): StoreCounts {
  const sum = (f: (x: Extraction) => number) => articles.reduce((n, x) => n + f(x), 0);
  return {
    articles: articles.length,
    entities: sum((x) => x.entities.length),
    aliases: sum((x) => x.entities.reduce((n, e) => n + e.aliases.length, 0)),
    events: sum((x) => x.events.length),
    event_actors: sum((x) => x.events.reduce((n, e) => n + (e.actor1 ? 1 : 0) + (e.actor2 ? 1 : 0) + e.assoc_actors.length, 0)),
    evidence: sum((x) => x.events.reduce((n, e) => n + e.evidence.length, 0)),
    movements: sum((x) => x.movements.length),
    legs: sum((x) => x.movements.reduce((n, m) => n + m.legs.length, 0)),
    checks: sum((x) => x.checks.length),
  };
}

export interface EventInArticle {
  article: Extraction;
  event: Event;
  entity: (id: string | null) => Entity | undefined;
}

export function allEvents(articles: readonly Extraction[]): EventInArticle[] {
  return articles.flatMap((article) => {
    const byId = new Map(article.entities.map((e) => [e.id, e]));
    const entity = (id: string | null) => (id === null ? undefined : byId.get(id));
    return article.events.map((event) => ({ article, event, entity }));
  });
}

/** `source#id`, how tests name an event. */
export const eventName = (source: string, id: string): string => `${source}#${id}`;

/** Names of the events a predicate selects, sorted. */
export function selected(articles: readonly Extraction[], keep: (e: EventInArticle) => boolean): string[] {
  return allEvents(articles).filter(keep).map(({ article, event }) => eventName(article.source, event.id)).sort();
}

/** Whether an entity answers to a name: its name, page or an alias, folded. */
export function answersTo(entity: Entity | undefined, name: string): boolean {
  if (!entity) return false;
  const key = foldName(name);
  return [entity.name, entity.page ?? '', ...entity.aliases.map((a) => a.text)].some((n) => foldName(n) === key);
}

export function actorsOf({ event, entity }: EventInArticle): (Entity | undefined)[] {
  return [event.actor1, event.actor2, ...event.assoc_actors].map(entity);
}
