import type { DateInterval } from '../../model/index.js';
import type { RecogniseContext } from '../recogniser.js';
import { dateDraft, type DateDraft } from './_draft.js';
import { statedBeside } from './_relative.js';

/** Where a news word lies in its context's text. */
export interface At {
  index: number;
  length: number;
}

/**
 * The publication day a news word ("yesterday", "on Monday", "last week") counts from, as an ISO
 * day; null without one, or beside a date the sentence states ("yesterday, 11 March,"), which is the
 * better mention. Only the publication counts: a Wikipedia article's "yesterday" is someone's quoted
 * words of a day the article does not give, and the infobox or the previous date would be a guess.
 */
export function publishedDay(context: RecogniseContext, at: At): string | null {
  const published = context.publicationDate;
  if (!published || published.precision !== 'day') return null;
  return statedBeside(context, at) ? null : published.start;
}

/**
 * Whether words written in lower case mid-sentence appear so here: capitalised after the sentence's
 * first words they are a name ("Russia Today", "USA Today"), not a day.
 */
export function inProseCase(context: RecogniseContext, at: At): boolean {
  const first = context.text.charAt(at.index);
  if (first === first.toLowerCase()) return true;
  return /^[\s"“‘'([]*$/.test(context.text.slice(0, at.index));
}

/** A date mention counted from the publication day: implied, never stated. */
export function publishedDraft(context: RecogniseContext, rule: string, at: At, value: DateInterval): DateDraft {
  return dateDraft(context, rule, at, value, { stated: false, anchor: 'publication' });
}
