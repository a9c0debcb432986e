import type { Check, Entity, Event, Movement } from '../model/index.js';

/**
 * What the scorer reads of an `annals extract --json` record: events, movements and checks refer to
 * `entities` by id, and every span points into `text`.
 */
export interface PredictedArticle {
  title: string;
  text: string;
  entities: readonly Entity[];
  events: readonly Event[];
  movements: readonly Movement[];
  checks: readonly Check[];
}
