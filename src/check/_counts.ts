import type { Count } from '../model/index.js';

/** The closed range of values a count allows; `high` is Infinity when the words give no ceiling. */
export interface Bounds {
  low: number;
  high: number;
}

// "about 50" allows what a reader would still call about 50.
const ABOUT = 0.1;

/**
 * The values a count allows: "more than sixty" → 60…∞ (DESIGN.md reads "more than 60" as at least
 * 60, as ACLED does); "21–25" → 21…25; "about 50" → 45…55; "up to 300" → 300, the number it states.
 * Null when the count holds no number.
 * @example boundsOf({ low: 60, best: 60, high: null, qualifier: 'more_than' }) // { low: 60, high: Infinity } — "60+ killed"
 */
export function boundsOf(count: Count): Bounds | null {
  const value = count.best ?? count.low ?? count.high;
  if (value === null) return null;
  switch (count.qualifier) {
    case 'exact':
      return { low: value, high: value };
    case 'more_than':
    case 'at_least':
    case 'vague':
      return { low: count.low ?? value, high: count.high ?? Infinity };
    case 'fewer_than':
      return { low: 0, high: count.high ?? value };
    // "up to 300 civilians were killed" puts the toll at 300, as "as many as 300" does: it states the number.
    case 'up_to':
      return { low: count.high ?? value, high: count.high ?? value };
    case 'about': {
      const slack = Math.max(1, Math.round(value * ABOUT));
      return { low: Math.max(0, value - slack), high: value + slack };
    }
    case 'range':
      return { low: count.low ?? value, high: count.high ?? value };
  }
}

/**
 * Whether two counts can both be true: "at least 137" and "137" can; "50" and "12" cannot.
 * @example countsOverlap({ low: 50, best: 50, high: 50, qualifier: 'exact' }, { low: 12, best: 12, high: 12, qualifier: 'exact' }) // false
 */
export function countsOverlap(a: Count, b: Count): boolean | null {
  const x = boundsOf(a);
  const y = boundsOf(b);
  if (!x || !y) return null;
  return x.low <= y.high && y.low <= x.high;
}

// How far "more than N" may reach and still be read as saying N: "60+" fits "more than sixty" and
// "sixty", but "at least 151" says nothing for 15,000.
const REACH = 2;

/**
 * Whether two counts say about the same number: they overlap once an open end is cut to twice (or half)
 * its number. Looser than equality, since "60+" and "more than sixty" agree; stricter than
 * `countsOverlap`, since "more than 60" does not confirm 600. A vague count ("dozens") confirms only a
 * vague count.
 * @example countsAgree(sixtyPlus, { low: 60, best: 60, high: null, qualifier: 'more_than' }) // true
 */
export function countsAgree(a: Count, b: Count): boolean | null {
  if ((a.qualifier === 'vague') !== (b.qualifier === 'vague')) return false;
  const x = reachOf(a);
  const y = reachOf(b);
  if (!x || !y) return null;
  return x.low <= y.high && y.low <= x.high;
}

function reachOf(count: Count): Bounds | null {
  const bounds = boundsOf(count);
  if (!bounds) return null;
  if (bounds.high === Infinity) return { low: bounds.low, high: Math.max(bounds.low * REACH, bounds.low + 1) };
  if (bounds.low === 0 && count.qualifier !== 'exact') return { low: bounds.high / REACH, high: bounds.high };
  return bounds;
}

/**
 * Whether two counts are written the same way: same qualifier, same numbers.
 * @example sameCount(sixtyPlus, moreThanSixty) // true — "60+ killed" and "more than sixty jihadists"
 */
export function sameCount(a: Count, b: Count): boolean {
  const kind = (c: Count): string => (c.qualifier === 'at_least' ? 'more_than' : c.qualifier);
  return kind(a) === kind(b) && a.low === b.low && a.best === b.best && a.high === b.high;
}

/**
 * A count in a few words for a reason line.
 * @example showCount({ low: 21, best: 21, high: 25, qualifier: 'range' }) // '21–25'
 */
export function showCount(count: Count): string {
  const value = count.best ?? count.low ?? count.high ?? '?';
  switch (count.qualifier) {
    case 'more_than':
      return `more than ${value}`;
    case 'at_least':
      return `at least ${value}`;
    case 'fewer_than':
      return `fewer than ${count.high ?? value}`;
    case 'up_to':
      return `up to ${count.high ?? value}`;
    case 'about':
      return `about ${value}`;
    case 'range':
      return `${count.low ?? '?'}–${count.high ?? '?'}`;
    case 'vague':
      return `some ${value}`;
    case 'exact':
      return String(value);
  }
}
