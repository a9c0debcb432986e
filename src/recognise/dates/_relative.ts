import type { DateInterval } from '../../model/index.js';
import type { RecogniseContext } from '../recogniser.js';
import { previousAnchor, type Anchor } from './_anchor.js';
import { bareYear } from './bareYear.js';
import { calendarDate } from './calendarDate.js';
import { isDate, type DateDraft } from './_draft.js';
import { addDays } from './_iso.js';
import { periodPart } from './periodPart.js';
import { dayAfter } from './dayAfter.js';
import { daysLater } from './daysLater.js';

/**
 * What a relative expression at `at` counts from: the latest date before it (this sentence's
 * absolute dates, then earlier sentences), else the reference date. Null when the sentence states
 * the date beside it — "Two days later, on 21 March", "On 19 March, the next day," — as the stated
 * date is the better mention, and counting would contradict it when an earlier count was off.
 */
export function anchorAt(context: RecogniseContext, at: { index: number; length: number }): Anchor | null {
  if (statedBeside(context, at)) return null;
  return previousAnchor(context, at.index, [...absoluteDatesIn(context), ...countedDatesIn(context)].sort((a, b) => a.span.start - b.span.start));
}

// "On 8 April, …, three days later took a checkpoint, but Army units took it back the next day": a count
// counts on from the count before it in its sentence (the 12th), not from the sentence's stated date (the
// 9th). The counts a sentence holds are read once, each from the stated dates only, so none leans on itself.
const countedDates = new WeakMap<RecogniseContext, DateDraft[]>();
let counting = false;

function countedDatesIn(context: RecogniseContext): DateDraft[] {
  if (counting) return [];
  let here = countedDates.get(context);
  if (!here) {
    counting = true;
    try {
      here = [daysLater, dayAfter].flatMap((recogniser) => recogniser.recognise(context)).filter(isDate);
    } finally {
      counting = false;
    }
    countedDates.set(context, here);
  }
  return here;
}

/**
 * Whether the sentence states a date right beside the words at `at` ("Two days later, on 21 March",
 * "yesterday, 11 March,"): then the stated date is the mention, and the relative words make none.
 */
export function statedBeside(context: RecogniseContext, at: { index: number; length: number }): boolean {
  return absoluteDatesIn(context).some((date) => beside(context, at, date));
}

/** Whether the sentence states any absolute date ("February 5, 1782", "early 2012", "in 2014"). */
export function statesDate(context: RecogniseContext): boolean {
  return absoluteDatesIn(context).length > 0;
}

// A sentence's absolute dates, read once per context rather than again for each relative expression
// in it: a sentence of a thousand "that day"s took seconds. The stage never changes a context while
// its recognisers run, so the dates read first stay right.
const absoluteDates = new WeakMap<RecogniseContext, DateDraft[]>();

function absoluteDatesIn(context: RecogniseContext): DateDraft[] {
  let here = absoluteDates.get(context);
  if (!here) {
    here = [calendarDate, periodPart, bareYear]
      .flatMap((recogniser) => recogniser.recognise(context))
      .filter(isDate)
      .sort((a, b) => a.span.start - b.span.start);
    absoluteDates.set(context, here);
  }
  return here;
}

function beside(context: RecogniseContext, at: { index: number; length: number }, date: DateDraft): boolean {
  const start = date.span.start - context.offset;
  const end = date.span.end - context.offset;
  const atEnd = at.index + at.length;
  if (start >= atEnd) return /^[\s,]*(?:on\s+)?$/i.test(context.text.slice(atEnd, start));
  return end <= at.index && /^[\s,]*$/.test(context.text.slice(end, at.index));
}

/**
 * The day `days` after (negative: before) an anchor: counted from a range's last day forwards and
 * its first day backwards. Only a day can be counted from; a month or year anchor gives null.
 */
export function shiftDays(anchor: DateInterval, days: number): DateInterval | null {
  if (anchor.precision !== 'day') return null;
  const day = addDays(days >= 0 ? anchor.end : anchor.start, days);
  return { start: day, end: day, precision: 'day' };
}

/**
 * Days `from`..`to` after (negative: before) an anchor day, as one interval of the given precision:
 * "the following week" is days 1..7 after it.
 */
export function shiftRange(anchor: DateInterval, from: number, to: number, precision: DateInterval['precision']): DateInterval | null {
  if (anchor.precision !== 'day') return null;
  const base = from >= 0 ? anchor.end : anchor.start;
  return { start: addDays(base, from), end: addDays(base, to), precision };
}
