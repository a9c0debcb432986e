import type { DateInterval } from '../../model/index.js';

/** `2013-01-13` from year, month (1–12) and day. */
export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The last day of a month: 28–31. */
export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The ISO date `days` days after (negative: before) `iso`. UTC arithmetic, so no daylight-saving drift. */
export function addDays(iso: string, days: number): string {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
  const moved = new Date(Date.UTC(year, month - 1, day + days));
  return isoDate(moved.getUTCFullYear(), moved.getUTCMonth() + 1, moved.getUTCDate());
}

/** Months `from`..`to` (1–12) of one year, as a month-precision interval. */
export function monthsInterval(year: number, from: number, to: number): DateInterval {
  return { start: isoDate(year, from, 1), end: isoDate(year, to, lastDayOfMonth(year, to)), precision: 'month' };
}

/** Years `from`..`to`, as a year-precision interval. A bare year never becomes a day. */
export function yearsInterval(from: number, to: number = from): DateInterval {
  return { start: isoDate(from, 1, 1), end: isoDate(to, 12, 31), precision: 'year' };
}

/** One day, or days `from`..`to` of one month, as a day-precision interval. */
export function daysInterval(year: number, month: number, from: number, to: number = from): DateInterval {
  return { start: isoDate(year, month, from), end: isoDate(year, month, to), precision: 'day' };
}

/** The year, month and day of an ISO date. */
export function isoParts(iso: string): { year: number; month: number; day: number } {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
  return { year, month, day };
}

/** The day of the week of an ISO date: 0 Sunday … 6 Saturday. */
export function weekdayOf(iso: string): number {
  const { year, month, day } = isoParts(iso);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}
