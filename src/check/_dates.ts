import type { DateInterval, DateMention, InfoboxField } from '../model/index.js';
import { type ResolvedArticle, fieldMentions } from '../resolve/index.js';

// "27 February 2022 – present": the event has not ended.
const ONGOING = /\b(?:present|ongoing)\b/i;
const OPEN_END = '9999-12-31';

/**
 * The interval an infobox date field allows: from its first date's start to its last date's end
 * ("Main combat phase: 9–17 October 2019 · Post-ceasefire operations: 18 October – 25 November 2019"
 * → 9 October … 25 November), open-ended when it says "present". Null when no date was read.
 * @example fieldInterval(seed, dateField) // { start: '2013-01-13', end: '2013-01-13', precision: 'day' }
 */
export function fieldInterval(article: ResolvedArticle, field: InfoboxField): DateInterval | null {
  const dates = fieldMentions(article, field).filter((m): m is DateMention => m.kind === 'date');
  const first = dates[0];
  if (!first) return null;
  const start = dates.reduce((min, d) => (d.value.start < min ? d.value.start : min), first.value.start);
  const end = ONGOING.test(field.value) ? OPEN_END : dates.reduce((max, d) => (d.value.end > max ? d.value.end : max), first.value.end);
  return { start, end, precision: dates.length === 1 ? first.value.precision : 'day' };
}

/** How a prose date stands to the event's: within it, around it (a coarser date holding it), straddling it, or apart. */
export type DateRelation = 'inside' | 'around' | 'straddles' | 'apart';

/**
 * @example dateRelation({ start: '2015-03-21', end: '2015-03-21', precision: 'day' }, bosra) // 'inside' — "On 21 March 2015" in 21–25 March 2015
 */
export function dateRelation(prose: DateInterval, event: DateInterval): DateRelation {
  if (prose.end < event.start || prose.start > event.end) return 'apart';
  if (prose.start >= event.start && prose.end <= event.end) return 'inside';
  if (prose.start <= event.start && prose.end >= event.end) return 'around';
  return 'straddles';
}
