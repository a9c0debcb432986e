import type { Count } from '../../model/index.js';

type Qualifier = Count['qualifier'];

// Words before a number that qualify it, longest first within each meaning so that "no more than"
// is not read as "more than". Each row: the words (a regex source) and what they mean.
const ROWS: readonly (readonly [string, Qualifier])[] = [
  // no more than 20 · not more than · as many as 300 · up to 300 · at most · a maximum of
  ['no more than|not more than|as many as|up to|at most|a maximum of', 'up_to'],
  // no less than 40 · no fewer than · not less than · at least 137 · a minimum of
  ['no less than|no fewer than|not less than|not fewer than|at least|a minimum of', 'at_least'],
  // more than sixty · well over 100 · over 100 · upwards of · in excess of
  ['more than|well over|just over|over|upwards of|in excess of', 'more_than'],
  // fewer than 10 · less than 20
  ['fewer than|less than', 'fewer_than'],
  // about 30 · around 1,400 · some 300 · an estimated 500 · nearly 100 · c. 8,000 · ~1,000
  ['about|around|approximately|approx\\.|roughly|some|an estimated|estimated|nearly|almost|close to|just under|circa|c\\.|ca\\.|~', 'about'],
];

/** Every qualifier as one regex source (no capture groups; `iu` flags), ending before the number. */
export const QUALIFIER = `(?:(?<![\\p{L}\\p{N}])(?:${ROWS.map(([words]) => words).join('|')})\\s*)`;

/**
 * What the words before a number mean for its count.
 * @example qualifierOf('more than') // 'more_than' — "more than sixty jihadists were killed"
 */
export function qualifierOf(words: string): Qualifier {
  const text = words.toLowerCase().replace(/\s+/g, ' ').trim();
  for (const [source, qualifier] of ROWS) if (new RegExp(`^(?:${source})$`).test(text)) return qualifier;
  return 'exact';
}

/**
 * A count of `value` as its qualifier reads, following DESIGN.md's fatality wording (ACLED's lowest
 * figure as `best`, UCDP's low/high beside it): a floor ("more than", "at least") has no high; a
 * ceiling ("up to", "fewer than") has no low, and its figure is both best and high — ACLED codes
 * the one figure given, and nothing in the words bounds it from below.
 * @example countOf('more_than', 60) // { low: 60, best: 60, high: null, qualifier: 'more_than' }
 */
export function countOf(qualifier: Qualifier, value: number): Count {
  if (qualifier === 'more_than' || qualifier === 'at_least' || qualifier === 'vague') {
    return { low: value, best: value, high: null, qualifier };
  }
  if (qualifier === 'up_to' || qualifier === 'fewer_than') return { low: null, best: value, high: value, qualifier };
  return { low: value, best: value, high: value, qualifier };
}
