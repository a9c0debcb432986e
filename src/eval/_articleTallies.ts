import { EVENT_FIELDS, emptyFieldTallies, type FieldTallies } from './_eventFields.js';
import { addTally, emptyTally, type Tally } from './_tally.js';

/** The raw counts behind one article's figures; they add across articles for the overall row. */
export interface ArticleTallies {
  /** Required gold events. */
  goldEvents: number;
  /** Predicted events, less those matched to optional gold events (neither right nor wrong). */
  predictedEvents: number;
  /** Predicted events matched to required gold events. */
  matched: number;
  /** Required gold events matched with every core field right. */
  complete: number;
  fields: FieldTallies;
  entities: Tally;
  aliases: Tally;
  legs: Tally;
  checks: Tally;
  provenance: Tally;
}

export function emptyArticleTallies(): ArticleTallies {
  return {
    goldEvents: 0, predictedEvents: 0, matched: 0, complete: 0, fields: emptyFieldTallies(),
    entities: emptyTally(), aliases: emptyTally(), legs: emptyTally(), checks: emptyTally(), provenance: emptyTally(),
  };
}

export function sumTallies(all: readonly ArticleTallies[]): ArticleTallies {
  const sum = emptyArticleTallies();
  for (const t of all) {
    sum.goldEvents += t.goldEvents;
    sum.predictedEvents += t.predictedEvents;
    sum.matched += t.matched;
    sum.complete += t.complete;
    for (const field of EVENT_FIELDS) addTally(sum.fields[field], t.fields[field]);
    for (const key of ['entities', 'aliases', 'legs', 'checks', 'provenance'] as const) addTally(sum[key], t[key]);
  }
  return sum;
}
