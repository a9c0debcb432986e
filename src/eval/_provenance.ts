import type { Event } from '../model/index.js';
import { count, emptyTally, type Tally } from './_tally.js';

/** The event fields that must say where they came from (DESIGN.md: a value with none is a bug). */
const TRACED = ['actor1', 'actor2', 'location', 'date', 'fatalities'] as const;

/**
 * The share of non-null traced fields, over every predicted event, that have a provenance entry.
 * Fatalities count as set when any of low, best, high is.
 * @example scoreProvenance([{ actor1: 'e1', actor2: null, provenance: { actor1: … }, … }]) // { hit: 1, total: 1 }
 */
export function scoreProvenance(events: readonly Event[]): Tally {
  const tally = emptyTally();
  for (const event of events) {
    for (const field of TRACED) {
      if (!isSet(event, field)) continue;
      count(tally, event.provenance[field] !== undefined);
    }
  }
  return tally;
}

function isSet(event: Event, field: (typeof TRACED)[number]): boolean {
  if (field === 'fatalities') return event.fatalities.low !== null || event.fatalities.best !== null || event.fatalities.high !== null;
  return event[field] !== null;
}
