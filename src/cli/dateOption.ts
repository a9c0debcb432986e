// Not the model's index: it builds every zod schema, and `annals --help` reads this file's help text.
import { AnnalsError } from '../model/annalsError.js';
import { isCalendarDay } from '../model/calendarDay.js';

/** The help text of `--date` on `annals extract` and `annals ingest`. */
export const DATE_OPTION_HELP = 'the day the texts were published (YYYY-MM-DD): "yesterday", "on Monday", "last week" count from it, over any dateline or front-matter date';

/**
 * The day `--date` gives, checked: `YYYY-MM-DD` naming a day the calendar has. Anything else is a
 * usage error naming the value and what is wrong with it.
 * @example dateOption('2024-03-12') === '2024-03-12'
 * @example dateOption('12/03/2024') // throws AnnalsError('--date "12/03/2024": not a day as YYYY-MM-DD (such as 2024-03-12)')
 */
export function dateOption(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new AnnalsError('usage', `--date ${JSON.stringify(value)}`, 'not a day as YYYY-MM-DD (such as 2024-03-12)');
  if (!isCalendarDay(value)) throw new AnnalsError('usage', `--date ${value}`, 'no such day in the calendar');
  return value;
}
