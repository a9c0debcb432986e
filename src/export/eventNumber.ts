import { createHash } from 'node:crypto';

/** What names a stored event wherever it is exported: its article's content hash and its id there. */
export interface EventIdentity {
  article: { id: string };
  id: string;
}

/**
 * The event's number in the exports: the first 48 bits of sha256("<article content hash>/<event id>")
 * as a decimal integer. The same revision of an article gives the same numbers in any store and on
 * any run; an edited article is a new revision and gets new numbers.
 * @example eventNumber({ article: { id: 'e5d55e2a91c6…' }, id: 'v1' }) // 158953310823019 (15 digits at most)
 */
export function eventNumber(event: EventIdentity): number {
  const digest = createHash('sha256').update(`${event.article.id}/${event.id}`).digest();
  return digest.readUIntBE(0, 6);
}

/**
 * ACLED's event_id_cnty: the location's ISO alpha-3 code, or XXX when the event has no country,
 * then `eventNumber`.
 * @example acledEventId(gaoStrike, 'MLI') // 'MLI158953310823019'
 */
export function acledEventId(event: EventIdentity, alpha3: string | null): string {
  return `${alpha3 ?? 'XXX'}${eventNumber(event)}`;
}

/**
 * The event's id in the API and in JSON Lines and GeoJSON: `<article content hash>-<event id>`.
 * @example eventUid({ article: { id: 'e5d55e2a…' }, id: 'v1' }) === 'e5d55e2a…-v1'
 */
export function eventUid(event: EventIdentity): string {
  return `${event.article.id}-${event.id}`;
}
