import { patternRecogniser, type Recogniser } from '../recogniser.js';
import { dateDraft } from './_draft.js';
import { anchorAt } from './_relative.js';

const PATTERN = new RegExp(
  [
    // Later that day · earlier that day · later on that day · that night · that evening · that same day
    '\\b(?:(?:[Ll]ater|[Ee]arlier)(?: on)? )?[Tt]hat (?:same )?(?:day|night|evening|morning|afternoon)\\b',
    // the same night · the same evening ("the same day" is sameDay's)
    '\\b[Tt]he same (?:night|evening|morning|afternoon)\\b',
  ].join('|'),
  'g',
);

/**
 * The day (or part of it) of the latest earlier date: its interval, whatever its precision.
 * @example thatDay.recognise(ctx('Later that day, the rebels captured the village of …'))
 *   // after "On 21 March 2015, …" → [{ value: { start: '2015-03-21', end: '2015-03-21', precision: 'day' }, anchor: 'previous' }]
 */
export const thatDay: Recogniser = patternRecogniser('date:thatDay', PATTERN, (context, match) => {
  const anchor = anchorAt(context, { index: match.index, length: match[0].length });
  if (!anchor) return null;
  return dateDraft(context, 'date:thatDay', { index: match.index, length: match[0].length }, anchor.value, {
    stated: false,
    anchor: anchor.marker,
  });
});
