import type { DateInterval } from '../../model/index.js';
import { patternRecogniser, type Recogniser } from '../recogniser.js';
import { dateDraft } from './_draft.js';
import { NUMBER, numberValue } from './_numbers.js';
import { anchorAt, shiftDays, shiftRange } from './_relative.js';

const PATTERN = new RegExp(
  [
    // two days later · Three days later · a week later · 10 days earlier · one week afterwards
    `\\b(${NUMBER}) (day|week)s? (later|earlier|afterwards?)\\b`,
    // a few days later · several days later · a couple of weeks later
    '\\b(a few|several|a couple of) (day|week)s? (later|earlier|afterwards?)\\b',
    // two days before. · three days after, (with an event after them they are offsets)
    `\\b(${NUMBER}) (day|week)s? (after|before)(?=\\s*(?:[,.;:)]|$))`,
  ].join('|'),
  'gi',
);

/**
 * A number of days or weeks from the latest earlier date; "a few days later" is the week after it.
 * @example daysLater.recognise(ctx('Two days later, the Army recaptured the village.'))
 *   // after "On 21 March 2015, …" → [{ value: { start: '2015-03-23', end: '2015-03-23', precision: 'day' }, anchor: 'previous' }]
 */
export const daysLater: Recogniser = patternRecogniser('date:daysLater', PATTERN, (context, match) => {
  const count = match[1] ?? match[4] ?? match[7] ?? '';
  const unit = (match[2] ?? match[5] ?? match[8] ?? '').toLowerCase();
  const direction = /^(earlier|before)$/i.test(match[3] ?? match[6] ?? match[9] ?? '') ? -1 : 1;
  const anchor = anchorAt(context, { index: match.index, length: match[0].length });
  if (!anchor) return null;
  const vague = match[4] !== undefined;
  const days = (numberValue(count) ?? 0) * (unit === 'week' ? 7 : 1);
  if (!vague && (!Number.isInteger(days) || days <= 0)) return null;
  const value = vague ? fewLater(anchor.value, unit, direction) : shiftDays(anchor.value, direction * days);
  if (!value) return null;
  return dateDraft(context, 'date:daysLater', { index: match.index, length: match[0].length }, value, {
    stated: false,
    anchor: anchor.marker,
  });
});

// "a few" or "several" days are two to seven of them; weeks, two to six weeks.
function fewLater(anchor: DateInterval, unit: string, direction: number): DateInterval | null {
  const [near, far] = unit === 'week' ? [14, 42] : [2, 7];
  const precision = unit === 'week' ? 'month' : 'week';
  return direction > 0 ? shiftRange(anchor, near, far, precision) : shiftRange(anchor, -far, -near, precision);
}
