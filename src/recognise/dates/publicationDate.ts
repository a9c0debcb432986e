import type { DateInterval, SegmentedArticle } from '../../model/index.js';
import { dateline } from '../../segment/index.js';
import type { RecogniseContext } from '../recogniser.js';
import { calendarDate } from './calendarDate.js';
import { isDate } from './_draft.js';

/**
 * The day a news report was published: what "yesterday", "on Monday", "last week" count from.
 * 1. `given`, the day the caller states for every text (`--date`);
 * 2. the day its dateline states, in full ("KHARKIV, Ukraine, 12 March 2024 —"): the reporter's own
 *    words beside the ones they anchor, so it outranks metadata a site may rewrite on an update;
 * 3. the day its front matter gives (`article.published`: `published`, `createdAt`, an ISO `date`).
 * Null for a text with none of them — every Wikipedia article, whose infobox date or crawl date is no
 * day of writing — and then such words stay undated rather than guessed.
 * @example publicationDate(report) // { start: '2024-03-12', end: '2024-03-12', precision: 'day' } — "KHARKIV, Ukraine, 12 March 2024 —"
 */
export function publicationDate(article: SegmentedArticle, given: string | null = null): DateInterval | null {
  const day = given ?? datelineDay(article) ?? article.published ?? null;
  return day === null ? null : { start: day, end: day, precision: 'day' };
}

// The dateline's one whole day: "KYIV, March 12 (Reuters) —" has no year, and a year is not guessed.
function datelineDay(article: SegmentedArticle): string | null {
  const span = dateline(article);
  if (!span) return null;
  const context: RecogniseContext = {
    article, text: article.text.slice(span.start, span.end), offset: span.start,
    sentenceIndex: null, sentence: null, infoboxField: null, referenceDate: null, earlier: [],
  };
  const day = calendarDate.recognise(context).filter(isDate).find((d) => d.stated && d.value.precision === 'day' && d.value.start === d.value.end);
  return day?.value.start ?? null;
}
