import type { DateInterval } from '../../model/index.js';
import { lastDayOfMonth, monthsInterval } from './_iso.js';
import { MONTH, monthNumber } from './_months.js';

/** A date's words in the context's text and what they say. */
export interface DatePlace {
  index: number;
  length: number;
  interval: DateInterval;
  stated: boolean;
}

// "13 and 14 March", "between 5 and 9 March": a day and "and" before the date words.
const DAY_BEFORE = /\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:and|&)\s+$/;
// "August 29 and August 30": that day belongs to a date of its own.
const MONTH_BEFORE = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+$/;
// "October 30 and 31, 2020", "February 26 and 27,": a day after "and", then a year or a pause
// (not "March 4 and 5 soldiers").
const DAY_AFTER = /^\s+(?:and|&|to)\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4})(?!\d)|(?=\s*(?:[,.;:)]|$)))/;

// "throughout April and May", "March to June 2022": a later month joined to a month (not "May 5", a day of its own).
const MONTH_AFTER = new RegExp(`^\\s+(?:and|to|through|until)\\s+(${MONTH})(?:,?\\s+(\\d{4})(?!\\d))?(?!\\s+\\d{1,2}\\b)`);

/**
 * A one-day date widened to the day paired with it, which chrono drops: "13 and 14 March" →
 * 13–14 March; "October 30 and 31, 2020" → 30–31 October 2020, its year then stated. Two days
 * become the interval between them: "15 and 18 July" allows 15–18 July.
 * @example widenToPairs('The battle of Boulikessi took place on October 30 and 31, 2020', place) // 2020-10-30..2020-10-31
 */
export function widenToPairs(text: string, place: DatePlace): DatePlace {
  const { interval } = place;
  if (interval.precision === 'month') return widenToMonth(text, place);
  if (interval.precision !== 'day' || interval.start !== interval.end) return place;
  const day = Number(interval.start.slice(8));
  const before = DAY_BEFORE.exec(text.slice(0, place.index));
  if (before && Number(before[1]) < day && !MONTH_BEFORE.test(text.slice(0, before.index))) {
    const start = `${interval.start.slice(0, 8)}${before[1]?.padStart(2, '0')}`;
    return { ...place, index: before.index, length: place.index + place.length - before.index, interval: { ...interval, start } };
  }
  const after = DAY_AFTER.exec(text.slice(place.index + place.length));
  if (!after || Number(after[1]) <= day || (after[2] && place.stated)) return place;
  const year = after[2] ?? interval.start.slice(0, 4);
  const end = `${year}${interval.start.slice(4, 8)}${after[1]?.padStart(2, '0')}`;
  if (Number(after[1]) > lastDayOfMonth(Number(year), Number(end.slice(5, 7)))) return place;
  return {
    index: place.index, length: place.length + after[0].length, stated: place.stated || after[2] !== undefined,
    interval: { start: `${year}${interval.start.slice(4)}`, end, precision: 'day' },
  };
}

/**
 * One month widened to a later month joined to it, which chrono reads as a date of its own: "throughout
 * April and May" → April–May; "April and May 2022" takes its year from the second, then stated.
 * @example widenToMonth('airstrikes continued throughout April and May', aprilPlace).interval // 2022-04-01..2022-05-31
 */
function widenToMonth(text: string, place: DatePlace): DatePlace {
  const { interval } = place;
  if (interval.start.slice(0, 7) !== interval.end.slice(0, 7)) return place;
  const after = MONTH_AFTER.exec(text.slice(place.index + place.length));
  const from = Number(interval.start.slice(5, 7));
  const to = monthNumber(after?.[1] ?? '');
  if (!after || to <= from || (after[2] && place.stated)) return place;
  const year = Number(after[2] ?? interval.start.slice(0, 4));
  return { index: place.index, length: place.length + after[0].length, stated: place.stated || after[2] !== undefined, interval: monthsInterval(year, from, to) };
}
