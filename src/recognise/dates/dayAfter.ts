import { patternRecogniser, type Recogniser } from '../recogniser.js';
import { dateDraft } from './_draft.js';
import { anchorAt, shiftDays, shiftRange } from './_relative.js';

const PATTERN = new RegExp(
  [
    // the next day · the following day · the next morning · the following night · the previous day · the preceding evening
    '\\b[Tt]he (next|following|previous|preceding) (day|morning|night|evening|afternoon|week)\\b(?![-‐])',
    // the day after. · the night before, (with an event after them they are offsets: "the day after the battle")
    '\\b[Tt]he (day|night) (after|before)(?=\\s*(?:[,.;:)]|$))',
    // "launched an offensive … next day": a day without its article ("next week" alone is a news report's own
    // next week); a "day-long" fight is no day
    '\\b(next|following|previous|preceding) (day|morning|night|evening|afternoon)\\b(?![-‐])',
  ].join('|'),
  'g',
);

const BACKWARDS = new Set(['previous', 'preceding', 'before']);

/**
 * One day after or before the latest earlier date (a week for "the following week").
 * @example dayAfter.recognise(ctx('The next day, rebels captured the town of …'))
 *   // after "On 21 March 2015, …" → [{ value: { start: '2015-03-22', end: '2015-03-22', precision: 'day' }, anchor: 'previous' }]
 */
export const dayAfter: Recogniser = patternRecogniser('date:dayAfter', PATTERN, (context, match) => {
  const direction = BACKWARDS.has((match[1] ?? match[4] ?? match[5] ?? '').toLowerCase()) ? -1 : 1;
  const anchor = anchorAt(context, { index: match.index, length: match[0].length });
  if (!anchor) return null;
  const week = match[2] === 'week';
  const value = week
    ? shiftRange(anchor.value, direction > 0 ? 1 : -7, direction > 0 ? 7 : -1, 'week')
    : shiftDays(anchor.value, direction);
  if (!value) return null;
  return dateDraft(context, 'date:dayAfter', { index: match.index, length: match[0].length }, value, {
    stated: false,
    anchor: anchor.marker,
  });
});
