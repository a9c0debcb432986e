import type { EventType, GeoPrecision } from '../model/index.js';
import type { LinkEvent } from '../store/index.js';
import { recordOrder } from './_articleOrder.js';

/** An event as linking compares it: days as numbers, actors as canonical ids (null when unknown or generic). */
export interface LinkableEvent {
  sortKey: string;
  event: LinkEvent;
  /** Whether the date and place are precise enough to compare (else it stays a cluster of its own). */
  comparable: boolean;
  start: number;
  end: number;
  actor1: string | null;
  actor2: string | null;
  location: string | null;
}

/** Milliseconds in a day: dates become day numbers. */
export const DAY_MS = 86_400_000;
/** An event known only to a span longer than this is a summary, not one happening to link. */
export const MAX_SPAN_DAYS = 31;
/** A span up to this long may hold a day another source names; a longer one (a month) only the same span. */
export const WEEK_DAYS = 7;
const PRECISE_DATES = new Set(['day', 'week', 'month']);

const dayOf = (iso: string | null): number => (iso === null ? Number.NaN : Date.parse(`${iso}T00:00:00Z`) / DAY_MS);

/**
 * The events as linking compares them, sorted by start day, end day, then article hash and local id.
 * @example linkable(events, canonicalOf, generic, sortKeys)[0].start // 15718 (2013-01-13)
 */
export function linkable(
  events: readonly LinkEvent[],
  canonicalOf: ReadonlyMap<string, string>,
  generic: ReadonlySet<string>,
  articleOrder: ReadonlyMap<number, string>,
): LinkableEvent[] {
  const actor = (e: LinkEvent, id: string | null): string | null => {
    const canonical = id === null ? undefined : canonicalOf.get(`${e.articleKey}/${id}`);
    return canonical === undefined || generic.has(canonical) ? null : canonical;
  };
  const rows = events.map((e): LinkableEvent => {
    const start = dayOf(e.dateStart);
    const end = dayOf(e.dateEnd ?? e.dateStart);
    const placed = (e.lat !== null && e.lon !== null) || (e.geoPrecision === 'country' && e.country !== null);
    const comparable = Number.isFinite(start) && Number.isFinite(end) && end - start <= MAX_SPAN_DAYS && PRECISE_DATES.has(e.datePrecision ?? '') && placed;
    return {
      sortKey: recordOrder(articleOrder.get(e.articleKey) ?? String(e.articleKey), e.id), event: e, comparable, start, end,
      actor1: actor(e, e.actor1), actor2: actor(e, e.actor2),
      location: e.location === null ? null : (canonicalOf.get(`${e.articleKey}/${e.location}`) ?? null),
    };
  });
  return rows.sort((a, b) => (a.start || 0) - (b.start || 0) || (a.end || 0) - (b.end || 0) || (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
}

/**
 * Precision ranks, coarsest last; null (a place with no stated precision) counts as a region.
 * @example precisionRank('country') === 4
 */
export const precisionRank = (p: GeoPrecision | null): number => (p === 'country' ? 4 : p ?? 3);

/**
 * ACLED's groups of event types: political violence, demonstrations, strategic developments.
 * @example typeFamily('Explosions/Remote violence') === 'political violence'
 */
export function typeFamily(type: EventType): string {
  if (type === 'Battles' || type === 'Explosions/Remote violence' || type === 'Violence against civilians') return 'political violence';
  return type === 'Protests' || type === 'Riots' ? 'demonstrations' : 'strategic developments';
}
