import type { Count } from '../../model/index.js';
import { countOf, HOURS_PER, QUALIFIER, scaleCount } from './_amount.js';
import { NUMBER_WITH_HALF, numberValue } from './_numbers.js';

/**
 * A regex source for an amount of time, with capture groups (qualifier, number, upper number, unit):
 * "around two hours", "forty minutes", "2–3 days", "two or three weeks", "72-hour", "one and a half hours".
 */
export const TIME_AMOUNT = `(${QUALIFIER})?\\b(${NUMBER_WITH_HALF})(?:\\s*(?:-|–|to|or)\\s*(${NUMBER_WITH_HALF}))?[\\s-]+(minute|hour|day|week)s?(?![\\w-])`;

/** How many groups `TIME_AMOUNT` has, for patterns that append their own. */
export const TIME_AMOUNT_GROUPS = 4;

/** An amount of time in hours, from `TIME_AMOUNT`'s groups, or null when a number does not read. */
export function timeAmount(groups: readonly (string | undefined)[]): { hours: Count; approximate: boolean } | null {
  const [qualifier, number, upper, unit] = groups;
  const value = numberValue(number ?? '');
  const high = upper === undefined ? undefined : numberValue(upper);
  const perUnit = HOURS_PER[(unit ?? '').toLowerCase()];
  if (value === null || high === null || perUnit === undefined || value <= 0) return null;
  const { count, approximate } = countOf(qualifier, value, high);
  return { hours: scaleCount(count, perUnit), approximate };
}

/** "a"/"an" is a count only where an amount of time is expected: "for a day", not "twice a day". */
export function looseArticle(number: string | undefined, before: string): boolean {
  return /^an?$/i.test(number ?? '') && !/\b(?:for|within|lasting|lasted|last|after|than|half|nearly|almost|about|around)\s+$/i.test(before);
}
