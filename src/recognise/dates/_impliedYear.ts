import type { DateInterval } from '../../model/index.js';
import type { RecogniseContext } from '../recogniser.js';
import type { Anchor, AnchorMarker } from './_anchor.js';
import { isDate, type DateDraft } from './_draft.js';
import { isoDate, isoParts, lastDayOfMonth } from './_iso.js';

/** Gives the year of a year-less month and day, and what it was taken from. */
export type ImpliedYear = (month: number, day: number) => { year: number; marker: AnchorMarker };

const DAY = 86_400_000;
// A date this close to the reference interval belongs to the article's own event.
const NEAR_REFERENCE = 31 * DAY;

/**
 * How this context fills in a missing year, or null when nothing can. In order:
 * 1. a year stated earlier in the same sentence ("On 17 September 2014, … until 2 October");
 * 2. the one year that puts the day within a month of an infobox reference interval ("On 6
 *    October, the president declared mourning" in an article on an ambush of 4 October 2017, even
 *    after an aftermath paragraph about 2019);
 * 3. the latest earlier stated date, unless it is background before an infobox reference date (a day
 *    stated earlier in the same paragraph never is);
 * 4. the reference date;
 * 5. a news report's day of publication ("On 10 March" in a report of 12 March 2024 is 2024's).
 * @example impliedYear(ctx('On the morning of January 13, four Rafale fighter jets took off'))?.(1, 13) // { year: 2013, marker: 'reference' }
 */
export function impliedYear(context: RecogniseContext, sameSentence: readonly DateDraft[] = []): ImpliedYear | null {
  const here = sameSentence.filter(isAbsolute).at(-1);
  const reference = hasInfoboxDate(context) ? context.referenceDate : null;
  const fallback = here ? { value: here.value, marker: 'previous' as const } : yearAnchor(context);
  if (!fallback) return null;
  return (month, day) => {
    const nearReference = !here && reference ? yearsNear(reference, month, day) : [];
    if (nearReference.length === 1 && nearReference[0] !== undefined) return { year: nearReference[0], marker: 'reference' };
    return { year: closestYear(fallback.value, month, day), marker: fallback.marker };
  };
}

function isAbsolute(mention: DateDraft): boolean {
  return mention.stated && mention.anchor === null;
}

// The latest earlier stated date, unless it ends before an infobox reference date begins: then it
// is background ("In early 2012…" before the 2013 strike).
function yearAnchor(context: RecogniseContext): Anchor | null {
  const reference = context.referenceDate;
  // from the end: a long article's earlier mentions run to thousands, and the latest is near the end
  const latest = context.earlier.findLast((m): m is DateDraft => isDate(m) && isAbsolute(m));
  // ("On 16 September 2017, … bombed SDF positions. On 25 September, … shelled SDF forces": a day stated earlier in
  // the same paragraph carries its year on, background or not)
  const sameParagraph = latest !== undefined && latest.value.precision === 'day' && blockAt(context, latest.span.start) === blockAt(context, context.offset);
  const background = latest && reference && hasInfoboxDate(context) && latest.value.end < reference.start && !sameParagraph;
  if (latest && !background) return { value: latest.value, marker: 'previous' };
  if (reference) return { value: reference, marker: 'reference' };
  return context.publicationDate ? { value: context.publicationDate, marker: 'publication' } : null;
}

function blockAt(context: RecogniseContext, at: number): number {
  return context.article.blocks.findIndex((b) => b.span.start <= at && at < b.span.end);
}

// A reference read from the prose is only the first full date the article happens to name, so it
// neither claims nearby days nor makes earlier dates background.
function hasInfoboxDate(context: RecogniseContext): boolean {
  return context.article.infobox?.fields.some((f) => f.key === 'date' && f.value.trim() !== '') ?? false;
}

function yearsNear(interval: DateInterval, month: number, day: number): number[] {
  const from = Date.parse(interval.start) - NEAR_REFERENCE;
  const until = Date.parse(interval.end) + NEAR_REFERENCE;
  const { year } = isoParts(interval.start);
  const last = isoParts(interval.end).year;
  const years: number[] = [];
  for (let y = year - 1; y <= last + 1; y++) {
    const at = Date.parse(candidate(y, month, day));
    if (from <= at && at <= until) years.push(y);
  }
  return years;
}

function candidate(year: number, month: number, day: number): string {
  return isoDate(year, month, Math.min(day, lastDayOfMonth(year, month)));
}

/**
 * The year of a year-less month and day, near `anchor`. The one year that puts it inside the
 * anchor interval wins ("10 February" in 15 November 2012 – 14 February 2013 is 2013); otherwise
 * the anchor's own year, unless a year boundary lies within three months ("2 January" after
 * 28 December 2012 is 2013) — narratives step back as well as forward, so nearest is not enough.
 */
function closestYear(anchor: DateInterval, month: number, day: number): number {
  const point = anchorPoint(anchor);
  const { year } = isoParts(point);
  const candidates = [year - 1, year, year + 1];
  const inside = candidates.filter((y) => anchor.start <= candidate(y, month, day) && candidate(y, month, day) <= anchor.end);
  if (inside.length === 1 && inside[0] !== undefined) return inside[0];
  const near = candidates.find((y) => y !== year && Math.abs(Date.parse(candidate(y, month, day)) - Date.parse(point)) <= 92 * DAY);
  return near ?? year;
}

// The day a year-less date is put near: an interval's middle ("In 2014, … on 5 December" is 2014),
// but a long one's start (a four-year war's reference).
function anchorPoint(interval: DateInterval): string {
  const start = Date.parse(interval.start);
  const end = Date.parse(interval.end);
  if (end - start > 400 * DAY) return interval.start;
  return new Date(start + Math.floor((end - start) / 2 / DAY) * DAY).toISOString().slice(0, 10);
}
