import type { EntityRef, EventItem, MovementItem } from './api.js';
import { intervalMs } from './dates.js';

/** What the table's controls and the timeline's brush select; empty strings select everything. */
export interface Filters {
  actor: string;
  type: string;
  country: string;
  text: string;
  /** The brushed time range, half-open, in ms; null for all time. */
  range: [number, number] | null;
  /** A conflict and the articles about it and everything under it; null for every conflict. */
  conflict: { id: string; articles: ReadonlySet<string> } | null;
}

export const NO_FILTERS: Filters = { actor: '', type: '', country: '', text: '', range: null, conflict: null };

// Case and accents do not matter: "menaka" finds "Ménaka".
export const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const names = (ref: EntityRef | null): string[] => (ref === null ? [] : [ref.name, ...ref.aliases]);

function actorMatches(event: EventItem, actor: string): boolean {
  const wanted = fold(actor);
  return [event.actor1, event.actor2, ...event.assoc_actors].flatMap(names).some((n) => fold(n).includes(wanted));
}

function textMatches(event: EventItem, text: string): boolean {
  const wanted = fold(text);
  const haystack = [event.notes, event.article.title, event.location?.name ?? '', event.sub_event_type, ...event.evidence.map((e) => e.text)];
  return haystack.some((h) => fold(h).includes(wanted));
}

/**
 * Whether an event's date overlaps a time range; undated events are outside every range.
 * @example inRange(gaoStrike, [dayMs('2013-01-01'), dayMs('2013-02-01')]) // true
 */
export function inRange(event: EventItem, range: [number, number] | null): boolean {
  if (range === null) return true;
  if (event.date === null) return false;
  const [start, end] = intervalMs(event.date);
  return start < range[1] && end > range[0];
}

/**
 * Whether an event passes every filter but the time range (the timeline shows those, brushed or not).
 * @example matchesFields(gaoStrike, { ...NO_FILTERS, actor: 'mojwa' }) // true
 */
export function matchesFields(event: EventItem, filters: Filters): boolean {
  if (filters.conflict !== null && !filters.conflict.articles.has(event.article.id)) return false;
  if (filters.type !== '' && event.event_type !== filters.type && event.sub_event_type !== filters.type) return false;
  if (filters.country !== '' && event.location?.country !== filters.country) return false;
  if (filters.actor.trim() !== '' && !actorMatches(event, filters.actor.trim())) return false;
  return filters.text.trim() === '' || textMatches(event, filters.text.trim());
}

/** Whether an event passes every filter, the brushed range included: what the map and the table show. */
export const matchesFilters = (event: EventItem, filters: Filters): boolean => matchesFields(event, filters) && inRange(event, filters.range);

/**
 * Whether a movement passes the filters that apply to movements: the conflict (of its article), the
 * time range, the country (any leg in it) and the actor.
 * @example matchesMovement(seedSortie, { ...NO_FILTERS, country: 'TD' }) // true: it lands in N'Djamena
 */
export function matchesMovement(movement: MovementItem, filters: Filters): boolean {
  if (filters.conflict !== null && !filters.conflict.articles.has(movement.article.id)) return false;
  if (filters.range !== null) {
    if (movement.date === null) return false;
    const [start, end] = intervalMs(movement.date);
    if (!(start < filters.range[1] && end > filters.range[0])) return false;
  }
  if (filters.country !== '' && !movement.legs.some((l) => l.place.country === filters.country)) return false;
  return filters.actor.trim() === '' || names(movement.actor).some((n) => fold(n).includes(fold(filters.actor.trim())));
}
