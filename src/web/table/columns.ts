import type { EventItem } from '../api.js';
import { formatInterval } from '../dates.js';

/** A column of the event table: its heading, the words shown, and the value it sorts by. */
export interface Column {
  key: string;
  heading: string;
  text(event: EventItem): string;
  sortValue(event: EventItem): string | number;
}

const countryNames = new Intl.DisplayNames(['en'], { type: 'region' });

/**
 * A country's English name from its ISO alpha-2 code, or the code when the browser does not know it.
 * @example countryName('ML') // 'Mali'
 */
export function countryName(code: string | null | undefined): string {
  if (!code) return '';
  try {
    return countryNames.of(code) ?? code;
  } catch {
    return code;
  }
}

// Undated and unknown values sort last in both directions: see `compareRows`.
export const COLUMNS: Column[] = [
  { key: 'date', heading: 'Date', text: (e) => formatInterval(e.date), sortValue: (e) => (e.date ? `${e.date.start} ${e.time ?? ''}` : '') },
  { key: 'type', heading: 'Type', text: (e) => e.sub_event_type, sortValue: (e) => `${e.event_type} ${e.sub_event_type}` },
  { key: 'actor1', heading: 'Actor 1', text: (e) => e.actor1?.name ?? '', sortValue: (e) => e.actor1?.name.toLowerCase() ?? '' },
  { key: 'actor2', heading: 'Actor 2', text: (e) => e.actor2?.name ?? '', sortValue: (e) => e.actor2?.name.toLowerCase() ?? '' },
  { key: 'place', heading: 'Place', text: (e) => e.location?.name ?? '', sortValue: (e) => e.location?.name.toLowerCase() ?? '' },
  { key: 'country', heading: 'Country', text: (e) => countryName(e.location?.country), sortValue: (e) => countryName(e.location?.country) },
  { key: 'deaths', heading: 'Deaths', text: (e) => (e.fatalities.best === null ? '' : String(e.fatalities.best)), sortValue: (e) => e.fatalities.best ?? '' },
  { key: 'article', heading: 'Article', text: (e) => e.article.title, sortValue: (e) => e.article.title.toLowerCase() },
];

/**
 * Orders two rows by a column; empty values go last whichever way the column is sorted.
 * @example events.sort((a, b) => compareRows(COLUMNS[6], a, b, 'desc')) // most deaths first
 */
export function compareRows(column: Column, a: EventItem, b: EventItem, direction: 'asc' | 'desc'): number {
  const [x, y] = [column.sortValue(a), column.sortValue(b)];
  if (x === '' || y === '') return x === y ? 0 : x === '' ? 1 : -1;
  const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
  return direction === 'asc' ? order : -order;
}
