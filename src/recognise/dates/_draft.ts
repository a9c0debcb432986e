import type { DateInterval } from '../../model/index.js';
import type { MentionDraft, RecogniseContext } from '../recogniser.js';
import { spanAt } from '../recogniser.js';

/** A date mention before the stage numbers it. */
export type DateDraft = Extract<MentionDraft, { kind: 'date' }>;

/** The fields every date mention shares, for the words at `index`..`index + length` of the context. */
export function dateDraft(
  context: RecogniseContext,
  rule: string,
  at: { index: number; length: number },
  value: DateInterval,
  how: { stated: boolean; anchor: string | null },
): DateDraft {
  return {
    kind: 'date',
    span: spanAt(context, at.index, at.length),
    rule,
    stated: how.stated,
    sentence: context.sentenceIndex,
    value,
    anchor: how.anchor,
  };
}

/** Whether a mention is a date (the `earlier` list holds every kind). */
export function isDate(mention: MentionDraft): mention is DateDraft {
  return mention.kind === 'date';
}
