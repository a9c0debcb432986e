import { isCalendarDay } from '../model/index.js';

// A day, or the day of a timestamp as written (its own time zone: "2024-03-12T23:40:00+02:00" was
// published on the 12th where it was written, whatever day it was in UTC).
const ISO_DAY = /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * The day a news report's front matter says it was published, or undefined.
 *
 * `published` and `createdAt` are publication metadata by name. `date` is ambiguous: a blog or news
 * site writes the post's date there as one ISO day or timestamp (`date: 2024-03-12`), but the corpus's
 * Wikipedia converter writes the *conflict's* dates there, as a list of prose (`date: ["16–31 December
 * 2012"]`, shown as the "front matter" infobox), and so might any encyclopedia export. Only the
 * machine-written shape, one ISO scalar, is read as a publication day; prose or a list never is.
 * `pubDate` is never read: in the corpus it is the converter's crawl time, at times before the events
 * the article tells.
 * @example frontMatterPublished({ published: '2024-03-12T08:30:00Z' }) === '2024-03-12'
 * @example frontMatterPublished({ date: ['5 March – 25 May 2014'], pubDate: '2023-10-11 13:10' }) === undefined
 */
export function frontMatterPublished(meta: Record<string, unknown>): string | undefined {
  for (const key of ['published', 'createdAt', 'date']) {
    const day = publishedDayOf(meta[key]);
    if (day) return day;
  }
  return undefined;
}

/**
 * The day one front-matter value names when it is written as publication metadata (an ISO day or
 * timestamp), else undefined: a front matter `date` of that shape is no conflict date.
 * @example publishedDayOf('2024-03-12') === '2024-03-12'; publishedDayOf(['March 17, 2017']) === undefined
 */
export function publishedDayOf(value: unknown): string | undefined {
  // a YAML 1.1 timestamp some writers tag explicitly arrives as a Date: its UTC day is all it keeps
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return undefined;
  const day = ISO_DAY.exec(value.trim())?.[1];
  return day && isCalendarDay(day) ? day : undefined;
}
