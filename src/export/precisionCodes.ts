import type { DateInterval, GeoPrecision } from '../model/index.js';

const DAY_MS = 86_400_000;

/**
 * Days an interval covers, both ends included.
 * @example intervalDays({ start: '2012-12-16', end: '2012-12-31', precision: 'day' }) === 16 // "16–31 December 2012"
 */
export function intervalDays(date: DateInterval): number {
  return Math.round((Date.parse(`${date.end}T00:00:00Z`) - Date.parse(`${date.start}T00:00:00Z`)) / DAY_MS) + 1;
}

/**
 * ACLED's time_precision from the interval the words allow: 1 a single day, 2 up to a week, 3 longer
 * (a month; a year alone has no ACLED code and gets 3, its coarsest, the row's tags say so).
 * @example acledTimePrecision({ start: '2013-01-13', end: '2013-01-13', precision: 'day' }) === 1
 * @example acledTimePrecision({ start: '2012-01-01', end: '2012-04-30', precision: 'month' }) === 3 // "In early 2012"
 */
export function acledTimePrecision(date: DateInterval | null): 1 | 2 | 3 | null {
  if (!date) return null;
  const days = intervalDays(date);
  return days <= 1 ? 1 : days <= 7 || date.precision === 'week' ? 2 : 3;
}

/**
 * ACLED's geo_precision: 1 the place itself, 2 near it or part of it, 3 a region or province; an
 * event placed only in its country also gets 3 (the row's tags say so).
 * @example acledGeoPrecision(1) === 1 // "bombed the city of Gao"
 */
export function acledGeoPrecision(precision: GeoPrecision | null): 1 | 2 | 3 | null {
  return precision === null ? null : precision === 'country' ? 3 : precision;
}

/**
 * UCDP GED's date_prec from the interval the words allow: 1 the day, 2 a span of 2–6 days, 3 the
 * week, 4 a span of 8–30 days or the month, 5 more than a month (up to the year).
 * @example ucdpDatePrecision({ start: '2013-01-13', end: '2013-01-13', precision: 'day' }) === 1
 * @example ucdpDatePrecision({ start: '2012-01-01', end: '2012-04-30', precision: 'month' }) === 5 // "In early 2012": four months
 */
export function ucdpDatePrecision(date: DateInterval | null): 1 | 2 | 3 | 4 | 5 | null {
  if (!date) return null;
  const days = intervalDays(date);
  if (days <= 1) return 1;
  if (days <= 6) return 2;
  if (days === 7 || date.precision === 'week') return 3;
  return days <= 31 ? 4 : 5;
}

/**
 * UCDP GED's where_prec: 1 the place itself, 2 within about 25 km of it, 4 only its first-order
 * region (our precision 3), 6 only the country. 3 (district), 5 (a road or river) and 7 (sea or air)
 * are never written: our places do not say so.
 * @example ucdpWherePrecision(3) === 4 // "an Ansar Dine base in Aghabo, Kidal Region", placed at the region
 */
export function ucdpWherePrecision(precision: GeoPrecision | null): 1 | 2 | 4 | 6 | null {
  if (precision === null) return null;
  return precision === 'country' ? 6 : precision === 3 ? 4 : precision;
}
