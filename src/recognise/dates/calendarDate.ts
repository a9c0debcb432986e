import type { Recogniser, RecogniseContext } from '../recogniser.js';
import { widenToPairs } from './_calendarPairs.js';
import { dateWords } from './_calendarWords.js';
import { parseCalendar, resultInterval } from './_chrono.js';
import { dateDraft, type DateDraft } from './_draft.js';
import { impliedYear } from './_impliedYear.js';
import { isoParts } from './_iso.js';

// Dates with a month name, read by chrono's calendar parsers:
// "On 21 March 2015" · "January 13, 2013" · "21–25 March 2015" · "5 March – 25 May 2014" ·
// "March 2015" · "On the morning of January 13" (year implied) · "on 13 and 14 March 2015" ·
// "October 30 and 31, 2020".
const RULE = 'date:calendar';

/**
 * Calendar dates; a missing year comes from `impliedYear` (stated: false, anchor: where it came from).
 * @example calendarDate.recognise(ctx('On January 13, 2013, as one of the first actions…'))
 *   // [{ kind: 'date', value: { start: '2013-01-13', end: '2013-01-13', precision: 'day' }, stated: true, anchor: null, … }]
 */
export const calendarDate: Recogniser = {
  name: RULE,
  recognise(context: RecogniseContext): DateDraft[] {
    const found: DateDraft[] = [];
    // where the last date's words end: "May" of "April and May" is read into April's date, not again
    let readTo = 0;
    for (const result of parseCalendar(context.text)) {
      if (result.index < readTo) continue;
      // "On 17 September 2014, … until 2 October": the dates found so far in the sentence count.
      const guess = impliedYear(context, found);
      const words = dateWords(context.text, result);
      const interval = words && resultInterval(result, guess && ((month, day) => guess(month, day).year));
      if (!words || !interval) continue;
      const stated = result.start.isCertain('year') || (result.end?.isCertain('year') ?? false);
      const at = widenToPairs(context.text, { index: words.index, length: words.text.length, interval, stated });
      readTo = at.index + at.length;
      const { month, day } = isoParts(interval.start);
      const anchor = at.stated ? null : (guess?.(month, day).marker ?? null);
      found.push(dateDraft(context, RULE, at, at.interval, { stated: at.stated, anchor }));
    }
    return found;
  },
};
