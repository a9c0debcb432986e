import { patternRecogniser, type Recogniser } from '../recogniser.js';
import { addDays } from './_iso.js';
import { NUMBER, numberValue } from './_numbers.js';
import { inProseCase, publishedDay, publishedDraft } from './_published.js';

const RULE = 'date:newsDay';

const PATTERN = new RegExp(
  [
    // the day before yesterday (before "yesterday", so the longer words win)
    '\\bthe day before yesterday\\b',
    // yesterday · Yesterday's strike
    '\\byesterday\\b',
    // last night (not "the last night of the siege")
    '(?<!\\bthe )\\blast night\\b',
    // today · tonight · this morning · this afternoon · this evening
    '\\b(?:today|tonight|this (?:morning|afternoon|evening))\\b',
    // three days ago · a day ago · 10 days ago
    `\\b(${NUMBER}) days? ago\\b`,
  ].join('|'),
  'gi',
);

// Days before the publication day, by the words' first word (lower case).
const DAYS_BACK: Record<string, number> = { the: 2, yesterday: 1, last: 1, today: 0, tonight: 0, this: 0 };

/**
 * A day counted back from a news report's day of publication; nothing in a text without one.
 * @example newsDay.recognise(ctx('A Russian missile struck a school in Kharkiv yesterday, officials said.'))
 *   // published 2024-03-12 → [{ value: { start: '2024-03-11', end: '2024-03-11', precision: 'day' }, anchor: 'publication', stated: false }]
 */
export const newsDay: Recogniser = patternRecogniser(RULE, PATTERN, (context, match) => {
  const at = { index: match.index, length: match[0].length };
  const published = inProseCase(context, at) ? publishedDay(context, at) : null;
  if (!published) return null;
  const count = match[1];
  const back = count === undefined ? DAYS_BACK[(match[0].split(' ')[0] ?? '').toLowerCase()] : numberValue(count);
  // "days ago" counts whole days only: "1.5 days ago" names no day
  if (back === undefined || back === null || !Number.isInteger(back) || back < 0) return null;
  const day = addDays(published, -back);
  return publishedDraft(context, RULE, at, { start: day, end: day, precision: 'day' });
});
