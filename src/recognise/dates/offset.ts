import type { MentionDraft } from '../recogniser.js';
import { patternRecogniser, spanAt, type Recogniser } from '../recogniser.js';
import { QUALIFIER, scaleCount } from './_amount.js';
import { momentAfter } from './_moment.js';
import { namesOwnHappening } from './afterHappening.js';
import { TIME_AMOUNT, TIME_AMOUNT_GROUPS, timeAmount } from './_timeAmount.js';

const PATTERN = new RegExp(
  // Not "for (around) two hours before landing": that is a duration. An amount starts with a word
  // character; looking for it first spares the look back for "for" at every blank of a long run.
  `(?=\\w)(?<![\\w.,-])(?<!\\bfor\\s+${QUALIFIER}?)${TIME_AMOUNT}\\s+(?:` +
    [
      // around six hours after takeoff · 72 hours before the ground assault · a day after the battle
      '(after|before|prior to)\\s+(?=[\\w"\'])',
      // ten minutes later · two hours earlier (days and weeks later are dates: daysLater)
      '(later|earlier)\\b',
    ].map((alternative) => `(?:${alternative})`).join('|') + ')',
  'gi',
);

/**
 * Time after (negative: before) a named moment: "Around six hours after takeoff" → +6 h from
 * "takeoff". "ten minutes later" counts from the previous moment the text told: `from: 'previous'`.
 * @example offset.recognise(ctx('Around six hours after takeoff, French forces bombed several areas in and around Gao.'))
 *   // [{ kind: 'offset', value: { hours: { low: 6, best: 6, high: 6, qualifier: 'about' }, from: 'takeoff', approximate: true } }]
 */
export const offset: Recogniser = patternRecogniser('offset:relative', PATTERN, (context, match): MentionDraft | null => {
  const amountGroups = match.slice(1, 1 + TIME_AMOUNT_GROUPS);
  const [relation, later] = match.slice(1 + TIME_AMOUNT_GROUPS);
  const unit = (amountGroups[3] ?? '').toLowerCase();
  if (later !== undefined && (unit === 'day' || unit === 'week')) return null;
  const amount = timeAmount(amountGroups);
  const end = match.index + match[0].trimEnd().length;
  const moment = relation === undefined ? { from: 'previous', end } : momentAfter(context.text, end);
  if (!amount || !moment) return null;
  // "two days after the battle" in the battle's own article is a date (afterHappening's), not an offset
  if (relation?.toLowerCase() === 'after' && unit !== 'hour' && unit !== 'minute' && namesOwnHappening(context, moment.from)) return null;
  const sign = /^(before|prior to|earlier)$/i.test(relation ?? later ?? '') ? -1 : 1;
  return {
    kind: 'offset', span: spanAt(context, match.index, moment.end - match.index), rule: 'offset:relative',
    stated: true, sentence: context.sentenceIndex,
    value: { hours: scaleCount(amount.hours, sign), from: moment.from, approximate: amount.approximate },
  };
});
