import type { MentionDraft } from '../recogniser.js';
import { patternRecogniser, spanAt, type Recogniser } from '../recogniser.js';
import { looseArticle, TIME_AMOUNT, TIME_AMOUNT_GROUPS, timeAmount } from './_timeAmount.js';

const PATTERN = new RegExp(
  // (for) around two hours · forty minutes · three days · a 72-hour ceasefire · 2–3 days · an hour
  `(?<![\\w.,-])(for\\s+)?${TIME_AMOUNT}` +
    // … later · … after the attack: a date or an offset, unless "for" made it a stretch of time
    '(?=(\\s+(?:later|earlier|ago|after|before|prior|afterwards|beforehand)\\b)?)',
  'gi',
);

/**
 * A stretch of time, in hours: "forty minutes" → 0.667 h. "for around two hours before landing"
 * is a duration (the flight), not a date and not an offset.
 * @example duration.recognise(ctx('The strikes lasted a total of forty minutes, and twelve laser-guided bombs…'))
 *   // [{ kind: 'duration', value: { hours: { low: 0.667, best: 0.667, high: 0.667, qualifier: 'exact' }, approximate: false } }]
 */
export const duration: Recogniser = patternRecogniser('duration:span', PATTERN, (context, match): MentionDraft | null => {
  const forWords = match[1];
  const amountGroups = match.slice(2, 2 + TIME_AMOUNT_GROUPS);
  const relative = match[2 + TIME_AMOUNT_GROUPS];
  if (relative !== undefined && forWords === undefined) return null;
  // "the Four-Day War" is a name; "19 days" of "(8 years, 4 months, 19 days)" is a part of a longer stretch.
  if (/^[A-Z]/.test(amountGroups[3] ?? '') || /\b(?:years?|months?),?\s+(?:and\s+)?$/.test(context.text.slice(0, match.index))) return null;
  const start = match.index + (forWords?.length ?? 0);
  if (forWords === undefined && !amountGroups[0] && looseArticle(amountGroups[1], context.text.slice(0, start))) return null;
  const amount = timeAmount(amountGroups);
  if (!amount) return null;
  const length = match.index + match[0].length - start;
  return {
    kind: 'duration', span: spanAt(context, start, length), rule: 'duration:span',
    stated: true, sentence: context.sentenceIndex, value: amount,
  };
});
