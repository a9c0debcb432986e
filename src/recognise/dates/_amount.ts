import type { Count } from '../../model/index.js';

/**
 * A regex source for the words that qualify a count, with its trailing space; no capture groups.
 * "over" is left out: "fighting over three days" spans the days, it does not exceed them.
 */
export const QUALIFIER = '(?:(?:around|about|approximately|roughly|some|nearly|almost|circa|c\\.|an estimated|more than|at least|less than|fewer than|up to|within)\\s+)';

type Qualifier = Count['qualifier'];

const QUALIFIERS: Record<string, Qualifier> = {
  'more than': 'more_than', 'at least': 'at_least', 'less than': 'fewer_than', 'fewer than': 'fewer_than',
  'up to': 'up_to', within: 'up_to',
};

/**
 * A count from its qualifier and number(s), following DESIGN.md: "more than 60" → low 60, best 60;
 * "60–150" → low 60, best 60, high 150; "about 6" → 6, 6, 6 (about).
 * @example countOf('around', 6) // { count: { low: 6, best: 6, high: 6, qualifier: 'about' }, approximate: true } — "Around six hours after takeoff"
 */
export function countOf(qualifier: string | undefined, value: number, upper?: number): { count: Count; approximate: boolean } {
  if (upper !== undefined && upper > value) {
    return { count: { low: value, best: value, high: upper, qualifier: 'range' }, approximate: true };
  }
  const words = qualifier?.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!words) return { count: { low: value, best: value, high: value, qualifier: 'exact' }, approximate: false };
  const kind = QUALIFIERS[words] ?? 'about';
  if (kind === 'more_than' || kind === 'at_least') return { count: { low: value, best: value, high: null, qualifier: kind }, approximate: true };
  if (kind === 'fewer_than' || kind === 'up_to') return { count: { low: null, best: value, high: value, qualifier: kind }, approximate: true };
  return { count: { low: value, best: value, high: value, qualifier: 'about' }, approximate: true };
}

/** A count scaled (hours from minutes or days) and signed (before: negative, keeping low ≤ high). */
export function scaleCount(count: Count, factor: number): Count {
  const scale = (n: number | null): number | null => (n === null ? null : n * factor);
  if (factor >= 0) return { ...count, low: scale(count.low), best: scale(count.best), high: scale(count.high) };
  return { ...count, low: scale(count.high), best: scale(count.best), high: scale(count.low) };
}

/** Hours in one unit of time. */
export const HOURS_PER: Record<string, number> = { minute: 1 / 60, hour: 1, day: 24, week: 168 };
