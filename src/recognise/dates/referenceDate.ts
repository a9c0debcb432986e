import type { DateInterval, SegmentedArticle } from '../../model/index.js';
import { dateline } from '../../segment/index.js';
import type { RecogniseContext } from '../recogniser.js';
import { bareYear } from './bareYear.js';
import { calendarDate } from './calendarDate.js';
import { isDate, type DateDraft } from './_draft.js';
import { periodPart } from './periodPart.js';
import { season } from './season.js';

// Only absolute dates: a reference date cannot lean on a reference date.
const ABSOLUTE = [calendarDate, periodPart, season, bareYear];

/**
 * The date an article's relative expressions fall back to: the infobox `date` field's first date
 * (a range stays one interval), else the first full date — day precision, year stated — of its prose
 * (a news report's dateline is no prose: its day is the report's, `publicationDate`).
 * @example referenceDate(seed) // { start: '2013-01-13', end: '2013-01-13', precision: 'day' } — from "- Date: January 13, 2013"
 */
export function referenceDate(article: SegmentedArticle): DateInterval | null {
  const field = article.infobox?.fields.find((f) => f.key === 'date');
  if (field) {
    const context = bareContext(article, field.value, field.span.start, null, `infobox:${field.label}`);
    const first = absoluteDates(context)[0];
    if (first) return first.value;
  }
  const filed = dateline(article);
  for (const [index, sentence] of article.sentences.entries()) {
    if (filed && sentence.span.start < filed.end) continue;
    const text = article.text.slice(sentence.span.start, sentence.span.end);
    const context = bareContext(article, text, sentence.span.start, index, null);
    const full = absoluteDates(context).find((d) => d.stated && d.value.precision === 'day');
    if (full) return full.value;
  }
  return null;
}

function absoluteDates(context: RecogniseContext): DateDraft[] {
  return ABSOLUTE.flatMap((r) => r.recognise(context))
    .filter(isDate)
    .sort((a, b) => a.span.start - b.span.start);
}

function bareContext(article: SegmentedArticle, text: string, offset: number, sentenceIndex: number | null, infoboxField: string | null): RecogniseContext {
  const sentence = sentenceIndex === null ? null : (article.sentences[sentenceIndex] ?? null);
  return { article, text, offset, sentenceIndex, sentence, infoboxField, referenceDate: null, earlier: [] };
}
