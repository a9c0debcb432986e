import type { Entity, Event, Movement } from '../model/index.js';
import type { ResolvedArticle } from '../resolve/index.js';
import { assembleEvents } from './events.js';
import { assembleMovements } from './movements.js';

export { fatalitiesOf } from './_casualties.js';

/** An article with its events and movements. */
export type AssembledArticle = ResolvedArticle & { events: Event[]; movements: Movement[] };

/**
 * The assemble stage: events with their actors, place, date, fatalities and evidence; movements with
 * ordered legs. Entities it derives (the police of a looted station) join the article's entities.
 * @example assemble(resolved).events.length // 4 for the seed
 */
export function assemble(article: ResolvedArticle): AssembledArticle {
  const { events, entities }: { events: Event[]; entities: Entity[] } = assembleEvents(article);
  const movements = assembleMovements(article, events, entities);
  return { ...article, entities, events, movements };
}
