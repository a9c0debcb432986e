import type { Claim } from '../model/index.js';
import type { EventDraft } from './_draft.js';

/**
 * The most dead a violent happening plausibly leaves per day it lasts. Well above the deadliest single
 * days the corpus tells (a mass execution of ~1,700 prisoners), far below the figures that stray into a
 * row from a war-wide total or another war ("200,000 … since World War II", a town's population).
 */
const DEATHS_PER_DAY = 2000;
const DAY_MS = 86_400_000;

/**
 * Pass 6b (a plausibility bound on tolls): a figure above what the event's span allows is kept as a
 * claim for review, with the reason, and left out of the toll.
 * @example boundTolls(oneDayClash, [claimOf(200_000)]).counted // [] — the claim stays, marked for review
 */
export function boundTolls(draft: EventDraft, claims: readonly Claim[]): { counted: Claim[]; claims: Claim[] } {
  const limit = DEATHS_PER_DAY * daysOf(draft);
  const marked = claims.map((c) => ((c.figure.best ?? c.figure.low ?? 0) > limit ? { ...c, review: `over ${DEATHS_PER_DAY} dead a day for a ${daysOf(draft)}-day event` } : c));
  return { counted: marked.filter((c) => c.review === undefined), claims: marked };
}

// The days an event's date spans; one when it has no date.
function daysOf(draft: EventDraft): number {
  if (!draft.date) return 1;
  return Math.max(1, Math.round((Date.parse(draft.date.end) - Date.parse(draft.date.start)) / DAY_MS) + 1);
}
