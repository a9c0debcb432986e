import { patternRecogniser, type Recogniser } from '../recogniser.js';
import { addDays, weekdayOf } from './_iso.js';
import { publishedDay, publishedDraft } from './_published.js';

const RULE = 'date:weekday';
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

// Days named after what falls on them: "Bloody Sunday" (1972), "Black Saturday" (7 October 2023).
const NAMED_DAYS = ['Easter', 'Black', 'Bloody', 'Good', 'Holy', 'Ash', 'Palm', 'Maundy', 'Shrove', 'Whit', 'Cyber', 'Super', 'Great'];
// Weekdays counted from another day than the publication's, or none: "next Monday", "the following
// Monday", "every Friday", "a Sunday".
const OTHER_COUNTS = ['next', 'this', 'every', 'each', 'coming', 'following', 'previous', 'the', 'a'];
// Newspapers: "The Sunday Times".
const TITLES = ['Times', 'Telegraph', 'Express', 'Mirror', 'Herald', 'Post', 'Night Football'];

const PATTERN = new RegExp(
  [
    `(?<!\\b(?:${NAMED_DAYS.join('|')}) )`,
    `(?<!\\b(?:${OTHER_COUNTS.join('|')}) )`,
    // on Monday · Monday night · late Tuesday · last Friday · Saturday's strike
    `\\b(?:([Ll]ast) )?(${WEEKDAYS.join('|')})(?: (morning|afternoon|evening|night))?\\b`,
    `(?! (?:${TITLES.join('|')})\\b)`,
  ].join(''),
  'gi',
);

/**
 * A weekday in a news report: the latest such day on or before its day of publication, as news
 * style writes the days of the past week ("last Monday": before it). Nothing in a text without one.
 * @example weekday.recognise(ctx('On Monday, Russian forces shelled the village of …'))
 *   // published Tuesday 2024-03-12 → [{ value: { start: '2024-03-11', end: '2024-03-11', precision: 'day' }, anchor: 'publication' }]
 */
export const weekday: Recogniser = patternRecogniser(RULE, PATTERN, (context, match) => {
  // weekday names are capitalised: "monday" in lower case is some other word
  if (!WEEKDAYS.includes(match[2] ?? '')) return null;
  const at = { index: match.index, length: match[0].length };
  const published = publishedDay(context, at);
  if (!published) return null;
  const back = (weekdayOf(published) - WEEKDAYS.indexOf(match[2] ?? '') + 7) % 7;
  const day = addDays(published, -(back === 0 && match[1] ? 7 : back));
  return publishedDraft(context, RULE, at, { start: day, end: day, precision: 'day' });
});
