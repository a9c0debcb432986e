import type { EventRecord } from '../store/index.js';

/**
 * GED's event_clarity: 1 for an event told as one happening, 2 for an aggregate — a record whose days
 * the words give as a span ("from 16 to 31 December": the fighting of several days in one row), or
 * whose toll is the infobox's (the whole fight's). A happening whose day the words do not give ("in
 * March 2016, a car bomb…") is still one happening: 1, with its date_prec saying how exact its date is.
 * @example ucdpClarity(gaoStrike) === 1 // "On January 13, 2013, … French planes bombed the city of Gao"
 */
export function ucdpClarity(event: Pick<EventRecord, 'date' | 'provenance'>): 1 | 2 {
  if (event.provenance['fatalities']?.from.startsWith('infobox')) return 2;
  const { date } = event;
  return date !== null && date.precision === 'day' && date.start !== date.end ? 2 : 1;
}
