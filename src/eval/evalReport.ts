import type { ArticleTallies } from './_articleTallies.js';
import { EVENT_FIELDS, type EventField } from './_eventFields.js';
import { round, share } from './_tally.js';

/**
 * One row of `annals eval --json` (fixtures/gold/FORMAT.md). Shares are 0–1 to four places; a share
 * is null when nothing was there to score (no matched events, no gold movements, no gold checks).
 */
export interface EvalFigures {
  gold_events: number;
  predicted_events: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  fields: Record<EventField, number | null>;
  /** Share of required gold events matched with every core field right (type, sub-type, date, place, both actors, fatalities). */
  complete: number;
  entities_recall: number | null;
  aliases_recall: number | null;
  movement_legs_recall: number | null;
  checks_accuracy: number | null;
  provenance: number | null;
}

export interface ArticleReport extends EvalFigures {
  article: string;
  /** Required gold event ids no prediction matched. */
  misses: string[];
  /** Predicted event ids that matched no gold event. */
  extra: string[];
  /** Matched gold events with a wrong field: gold id, predicted id and the wrong fields. */
  wrong: FieldMiss[];
}

export interface FieldMiss {
  gold: string;
  predicted: string;
  fields: EventField[];
}

export interface EvalReport {
  overall: { articles: number } & EvalFigures;
  articles: ArticleReport[];
}

/**
 * Turns counts into figures. With nothing predicted precision is 1 (nothing wrong was said); with
 * nothing to find recall is 1; F1 is their harmonic mean, 0 when both are 0.
 * @example figures(tallies).f1 // 0.8571
 */
export function figures(t: ArticleTallies): EvalFigures {
  const precision = t.predictedEvents === 0 ? 1 : t.matched / t.predictedEvents;
  const recall = t.goldEvents === 0 ? 1 : t.matched / t.goldEvents;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    gold_events: t.goldEvents,
    predicted_events: t.predictedEvents,
    matched: t.matched,
    precision: round(precision),
    recall: round(recall),
    f1: round(f1),
    fields: Object.fromEntries(EVENT_FIELDS.map((f) => [f, share(t.fields[f])])) as Record<EventField, number | null>,
    complete: round(t.goldEvents === 0 ? 1 : t.complete / t.goldEvents),
    entities_recall: share(t.entities),
    aliases_recall: share(t.aliases),
    movement_legs_recall: share(t.legs),
    checks_accuracy: share(t.checks),
    provenance: share(t.provenance),
  };
}
