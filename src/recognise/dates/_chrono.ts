// chrono's English locale alone: its index loads all sixteen locales (266 modules, ~0.2 s of a cold start).
import * as chrono from 'chrono-node/en';
import type { DateInterval } from '../../model/index.js';
import { isoDate, lastDayOfMonth } from './_iso.js';
import { MONTH } from './_months.js';

// Only chrono's calendar parsers: time-of-day, weekday, "two hours before" and "next day" parsers
// are left out, so no clock time or duration ever becomes a date (DESIGN.md: chrono read "flew
// eastward for around two hours before landing" as a date). Our own recognisers handle those.
const CALENDAR_PARSERS = new Set([
  'ISOFormatParser', // 2015-03-21
  'ENYearMonthDayParser', // 2015/03/21
  'ENMonthNameLittleEndianParser', // 21 March 2015 · 21–25 March 2015 · 21st of March
  'ENMonthNameMiddleEndianParser', // January 13, 2013 · March 21-25, 2015
  'ENYearMonthNameParser', // 2015 March
  'ENMonthNameParser', // March 2015 · in March
]);

function calendarChrono(): chrono.Chrono {
  const configuration = chrono.configuration.createCasualConfiguration(false);
  configuration.parsers = configuration.parsers.filter((parser) => CALENDAR_PARSERS.has(parser.constructor.name));
  // "the end of February" → its last day, and once 29 February 2017: periodPart reads it as days 21–28.
  configuration.refiners = configuration.refiners.filter((refiner) => refiner.constructor.name !== 'ENEndOfPeriodRefiner');
  if (configuration.parsers.length !== CALENDAR_PARSERS.size) throw new Error(`chrono-node: expected its parsers ${[...CALENDAR_PARSERS].join(', ')}; has its version changed?`);
  return new chrono.Chrono(configuration);
}

const calendar = calendarChrono();
// chrono wants a reference instant; years it has to guess are replaced by `resultInterval`.
const INSTANT = { instant: new Date(Date.UTC(2000, 6, 1, 12)), timezone: 0 };

// Ordinal words, which articles never use for a day but chrono reads as one: "on 29 July, First
// Lieutenant …" became 1 July (and hid "29 July").
const ORDINAL_WORD = /\b(?:(?:twenty|thirty)[- ]?)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)\b/gi;

// Each calendar parser kept needs a month's name (chrono's MONTH_DICTIONARY: every name and
// abbreviation holds one of these stems; `iu` folds case at least as widely as chrono's `i`), or, for
// the ISO and year-month-day parsers, "2015-03-21" / "2015/3/21" (any dash: they are made ASCII below).
const MONTH_STEM = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/giu;
const YEAR_MONTH_DAY = /\d{4}[-\u2010-\u2015\u2212./\s]\d{1,2}[-\u2010-\u2015\u2212./\s]\d/;
// A month's name begins only where chrono's patterns let one: after its boundary `(\W|^)` or a number
// (not after an ASCII letter), or glued to "in", "of" or an ordinal word's ending ("firstMarch"). A stem
// inside a word ("Omar", "decided", "doctor") begins none: a third of the sentences with a digit or a
// stem hold no date chrono could read, and are not parsed.
const BEGINS_MONTH = /(?:^|[^A-Za-z]|in|of|st|nd|rd|th)$/i;

function mayHoldDate(text: string): boolean {
  if (YEAR_MONTH_DAY.test(text)) return true;
  MONTH_STEM.lastIndex = 0;
  for (let m = MONTH_STEM.exec(text); m; m = MONTH_STEM.exec(text)) {
    if (BEGINS_MONTH.test(text.slice(Math.max(0, m.index - 2), m.index))) return true;
  }
  return false;
}

// A count after a date's comma is no year: "On 6 February, 54 government employees were killed" was
// read as February of the year 54 (and lost); "January 13, 2013" keeps its four-digit year.
const COUNT_AFTER_DATE = new RegExp(`(${MONTH}(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?),(?=\\s+\\d{1,3}(?![\\d,.]))`, 'g');

/**
 * chrono's calendar results in `text`. Dashes and non-breaking spaces become their ASCII forms
 * and ordinal words become underscores first, and the comma before a count ("6 February, 54 …") a
 * semicolon, all length for length so indices hold: chrono reads "March 21-25, 2015" but not "March 21–25, 2015".
 */
export function parseCalendar(text: string): chrono.ParsedResult[] {
  if (!mayHoldDate(text)) return [];
  const plain = text
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\u00a0/g, ' ')
    .replace(ORDINAL_WORD, (word) => '_'.repeat(word.length))
    .replace(COUNT_AFTER_DATE, '$1;');
  return calendar.parse(plain, INSTANT);
}

/**
 * The interval a chrono result allows: a range is one interval, an unstated day widens to its
 * month. A year stated at either end serves both ("5 March – 25 May 2014"); with none stated the
 * year comes from `impliedYear`, and with no way to imply it there is no interval.
 */
export function resultInterval(result: chrono.ParsedResult, impliedYear: ((month: number, day: number) => number) | null): DateInterval | null {
  const { start } = result;
  const end = result.end ?? start;
  const [startMonth, endMonth] = [start.get('month'), end.get('month')];
  if (startMonth === null || endMonth === null) return null;
  const dayStated = start.isCertain('day') && end.isCertain('day');
  const startDay = dayStated ? (start.get('day') ?? 1) : 1;
  const endDay = dayStated ? (end.get('day') ?? 1) : 31;
  // Does the end's month and day come before the start's? Then the range crosses a new year.
  const wraps = endMonth * 100 + endDay < startMonth * 100 + startDay;
  let startYear: number;
  if (start.isCertain('year')) startYear = start.get('year') ?? 0;
  else if (end.isCertain('year')) startYear = (end.get('year') ?? 0) - (wraps ? 1 : 0);
  else if (impliedYear) startYear = impliedYear(startMonth, startDay);
  else return null;
  const endYear = end.isCertain('year') ? (end.get('year') ?? 0) : startYear + (wraps ? 1 : 0);
  // chrono lets "31 April" through; a day past the month's end is no date.
  if (startDay > lastDayOfMonth(startYear, startMonth) || (dayStated && endDay > lastDayOfMonth(endYear, endMonth))) return null;
  const first = isoDate(startYear, startMonth, startDay);
  const last = isoDate(endYear, endMonth, dayStated ? endDay : lastDayOfMonth(endYear, endMonth));
  return last >= first ? { start: first, end: last, precision: dayStated ? 'day' : 'month' } : null;
}
