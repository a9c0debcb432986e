import type { DateInterval } from '../../model/index.js';
import { patternRecogniser, type Recogniser } from '../recogniser.js';
import { addDays, isoParts, monthsInterval, weekdayOf, yearsInterval } from './_iso.js';
import { inProseCase, publishedDay, publishedDraft } from './_published.js';

const RULE = 'date:newsPeriod';

const PATTERN = new RegExp(
  [
    // earlier this month · this week · this year's harvest ("later this month" is still to come: no date)
    '(?<!\\blater )\\b(?:(earlier) )?this (week|month|year)\\b',
    // last week · last month · last year (not "the last week of March", "his last year of service")
    '(?<!\\bthe )\\blast (week|month|year)\\b(?! of\\b)',
  ].join('|'),
  'gi',
);

type Unit = 'week' | 'month' | 'year';

/**
 * A week, month or year counted from a news report's day of publication, with that precision: "last
 * week" is the Monday-to-Sunday week before the publication's (ISO 8601 weeks), "earlier this month"
 * the month's first day to the day before publication, "last year" the calendar year before.
 * Nothing in a text without a day of publication.
 * @example newsPeriod.recognise(ctx('Earlier this month, drones hit an oil depot in …'))
 *   // published 2024-03-12 → [{ value: { start: '2024-03-01', end: '2024-03-11', precision: 'month' }, anchor: 'publication' }]
 */
export const newsPeriod: Recogniser = patternRecogniser(RULE, PATTERN, (context, match) => {
  const at = { index: match.index, length: match[0].length };
  const published = inProseCase(context, at) ? publishedDay(context, at) : null;
  if (!published) return null;
  const last = match[3] !== undefined;
  const unit = (match[2] ?? match[3] ?? '').toLowerCase() as Unit;
  const whole = periodOf(published, unit, last ? -1 : 0);
  if (!match[1]) return publishedDraft(context, RULE, at, whole);
  // "earlier this month": from the month's first day to the day before publication (on the first, that day)
  const dayBefore = addDays(published, -1);
  return publishedDraft(context, RULE, at, { ...whole, end: dayBefore < whole.start ? whole.start : dayBefore });
});

// The week, month or year holding `day`, or the one `shift` before or after it.
function periodOf(day: string, unit: Unit, shift: number): DateInterval {
  const { year, month } = isoParts(day);
  if (unit === 'year') return yearsInterval(year + shift);
  if (unit === 'month') {
    const index = year * 12 + (month - 1) + shift;
    const [y, m] = [Math.floor(index / 12), (index % 12) + 1];
    return monthsInterval(y, m, m);
  }
  const monday = addDays(day, -((weekdayOf(day) + 6) % 7) + 7 * shift);
  return { start: monday, end: addDays(monday, 6), precision: 'week' };
}
