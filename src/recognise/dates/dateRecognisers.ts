import type { Recogniser } from '../recogniser.js';
import { afterHappening } from './afterHappening.js';
import { bareYear } from './bareYear.js';
import { calendarDate } from './calendarDate.js';
import { clockTime } from './clockTime.js';
import { dayAfter } from './dayAfter.js';
import { daysLater } from './daysLater.js';
import { duration } from './duration.js';
import { newsDay } from './newsDay.js';
import { newsPeriod } from './newsPeriod.js';
import { offset } from './offset.js';
import { periodPart } from './periodPart.js';
import { sameDay } from './sameDay.js';
import { season } from './season.js';
import { thatDay } from './thatDay.js';
import { weekday } from './weekday.js';

/**
 * The date, time, duration and offset recognisers, in the order they run: this list is both the
 * pipeline and its table of contents. Their words never overlap: each file says which words it
 * leaves to another ("two days later" is daysLater's, not duration's; "early January 2013" is
 * periodPart's, not calendarDate's).
 * @example dateRecognisers.flatMap((r) => r.recognise(ctx('On January 13, 2013, as one of the first actions…')))
 */
export const dateRecognisers: Recogniser[] = [
  // Absolute dates: "21 March 2015", "early 2012", "the summer of 2014", "in 2014".
  calendarDate,
  periodPart,
  season,
  bareYear,
  // Relative dates, anchored to the latest earlier date or the reference date.
  sameDay,
  thatDay,
  dayAfter,
  daysLater,
  // Time after the article's own happening: "soon after the capture", "two days after the battle".
  afterHappening,
  // News words, counted only from a report's day of publication: "yesterday", "on Monday", "last week".
  newsDay,
  weekday,
  newsPeriod,
  // Times of day, stretches of time, and time from a named moment.
  clockTime,
  duration,
  offset,
];
