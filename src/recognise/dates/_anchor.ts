import type { DateInterval } from '../../model/index.js';
import type { RecogniseContext } from '../recogniser.js';
import { isDate, type DateDraft } from './_draft.js';
import { YEAR_OF_HAPPENING } from './bareYear.js';

/**
 * Anchor markers a relative date carries (DateMention.anchor):
 * - `'reference'`: the article's reference date (infobox date, else its first full date);
 * - `'previous'`: the latest date mention before it in text order — earlier sentences
 *   (`context.earlier`), then absolute dates earlier in the same sentence;
 * - `'publication'`: a news report's day of publication ("yesterday", "on Monday", "last week").
 */
export type AnchorMarker = 'reference' | 'previous' | 'publication';

export interface Anchor {
  value: DateInterval;
  marker: AnchorMarker;
}

/**
 * What a relative expression counts from: the latest earlier date mention, else the reference date.
 * `sameSentence` holds the absolute dates of this sentence; only those ending before `index` count.
 */
export function previousAnchor(context: RecogniseContext, index: number, sameSentence: readonly DateDraft[]): Anchor | null {
  const counts = (d: DateDraft): boolean => d.rule !== YEAR_OF_HAPPENING;
  const before = sameSentence.filter((d) => d.span.end <= context.offset + index && counts(d));
  // prose counts from prose: an infobox's dates (a caption's "June 5, 2022", "12 June only" in a
  // casualty note) are not the narrative's latest date
  const fromProse = (d: DateDraft): boolean => context.sentence === null || d.sentence !== null;
  const latest = before.at(-1) ?? context.earlier.filter(isDate).findLast((d) => counts(d) && fromProse(d));
  if (latest) return { value: latest.value, marker: 'previous' };
  return context.referenceDate ? { value: context.referenceDate, marker: 'reference' } : null;
}
