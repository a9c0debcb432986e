import type { DateInterval } from './api.js';

const DAY = 86_400_000;

/**
 * Milliseconds of a `YYYY-MM-DD` day at 00:00 UTC. `setUTCFullYear` because `Date.UTC` reads
 * years below 100 as 19xx, and articles reach back that far.
 * @example dayMs('2013-01-13') // 1358035200000
 */
export function dayMs(iso: string): number {
  const [year, month, day] = iso.split('-').map(Number);
  const date = new Date(0);
  date.setUTCFullYear(year ?? 1970, (month ?? 1) - 1, day ?? 1);
  return date.getTime();
}

/**
 * The half-open time range a date interval covers: a month-precision date spans its month.
 * @example intervalMs({ start: '2012-01-01', end: '2012-04-30', precision: 'month' }) // [Jan 1, May 1)
 */
export function intervalMs(date: DateInterval): [number, number] {
  return [dayMs(date.start), dayMs(date.end) + DAY];
}

/** `YYYY-MM-DD` of a time, with the year padded to four digits. */
export function isoDay(ms: number): string {
  const date = new Date(ms);
  const year = String(date.getUTCFullYear()).padStart(4, '0');
  return `${year}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(date.getUTCDate()).padStart(2, '0')}`;
}

/**
 * A date as wide as its precision: the day, the month(s) or the year(s).
 * @example formatInterval({ start: '2012-01-01', end: '2012-04-30', precision: 'month' }) // '2012-01 – 2012-04'
 */
export function formatInterval(date: DateInterval | null): string {
  if (date === null) return 'undated';
  const cut = date.precision === 'year' ? 4 : date.precision === 'month' ? 7 : 10;
  const [start, end] = [date.start.slice(0, cut), date.end.slice(0, cut)];
  const shown = start === end ? start : `${start} – ${end}`;
  return date.precision === 'week' ? `week of ${date.start}` : shown;
}
