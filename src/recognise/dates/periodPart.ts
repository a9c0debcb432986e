import { patternRecogniser, type Recogniser } from '../recogniser.js';
import { dateDraft } from './_draft.js';
import { impliedYear } from './_impliedYear.js';
import { daysInterval, lastDayOfMonth, monthsInterval } from './_iso.js';
import { MONTH, monthNumber } from './_months.js';

// Part of a year or of a month; chrono has no words for these.
const PART = [
  // early 2012 · mid-2014 · late March
  '[Ee]arly|[Mm]id|[Ll]ate',
  // the beginning of 2013 · the start of January 2014 · the middle of 2015 · the end of 2012
  '(?:[Tt]he )?(?:beginning|start|middle|end) of',
  // the first day of March · the last day of May 2014 · the second week of June (a month's own days)
  '(?:[Tt]he )?(?:first|second|third|fourth|last) (?:day|week) of',
].join('|');
const PATTERN = new RegExp(
  // … March 2014 · … 2012 (a year on its own: never "late 1990s")
  `\\b(${PART})[ -]?(?:(?:(${MONTH})\\s+)?(\\d{4})(?![\\d,.]?\\d|s\\b)` +
  // … March (its year implied; not "late March 25")
  `|(${MONTH})\\b(?!,?\\s*\\d))`,
  'g',
);

// early = months 1–4 or days 1–10; mid = 5–8 or 11–20; late = 9–12 or 21–end.
const THIRD: Record<string, 0 | 1 | 2> = { early: 0, beginning: 0, start: 0, mid: 1, middle: 1, late: 2, end: 2 };

// "the first day of March" is 1 March, "the last week of May" 25–31 May; null for a part that is no day or week.
const ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };
function daysOf(part: string, year: number, month: number): ReturnType<typeof daysInterval> | null {
  const m = /(first|second|third|fourth|last) (day|week) of/i.exec(part);
  if (!m) return null;
  const last = lastDayOfMonth(year, month);
  const n = ORDINAL[(m[1] ?? '').toLowerCase()];
  if ((m[2] ?? '').toLowerCase() === 'day') return n === undefined ? daysInterval(year, month, last) : daysInterval(year, month, n);
  return n === undefined ? daysInterval(year, month, last - 6, last) : daysInterval(year, month, (n - 1) * 7 + 1, n * 7);
}

function third(part: string): 0 | 1 | 2 {
  return THIRD[/(early|mid|late|beginning|start|middle|end)/i.exec(part)?.[1]?.toLowerCase() ?? 'mid'] ?? 1;
}

/**
 * "early 2012" → 2012-01-01..2012-04-30 (month precision); "early January 2013" → 2013-01-01..2013-01-10 (day).
 * @example periodPart.recognise(ctx('In early 2012, moderate Tuareg rebels … launched an offensive'))
 *   // [{ value: { start: '2012-01-01', end: '2012-04-30', precision: 'month' }, stated: true, … }]
 */
export const periodPart: Recogniser = patternRecogniser('date:periodPart', PATTERN, (context, match) => {
  const [words, part = '', monthWithYear, yearText, monthAlone] = match;
  const month = monthNumber(monthWithYear ?? monthAlone ?? '');
  const guess = yearText ? null : impliedYear(context)?.(month, 15);
  const year = yearText ? Number(yearText) : guess?.year;
  if (!year) return null;
  const days = month === 0 ? null : daysOf(part, year, month);
  const which = third(part);
  const value = days ?? (month === 0
    ? monthsInterval(year, which * 4 + 1, which * 4 + 4)
    : daysInterval(year, month, which * 10 + 1, which === 2 ? lastDayOfMonth(year, month) : which * 10 + 10));
  const how = { stated: yearText !== undefined, anchor: guess?.marker ?? null };
  return dateDraft(context, 'date:periodPart', { index: match.index, length: words.length }, value, how);
});
