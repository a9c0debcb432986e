import { patternRecogniser, type Recogniser } from '../recogniser.js';
import { shareContentWord } from './_contentWords.js';
import { dateDraft } from './_draft.js';
import { anchorAt } from './_relative.js';

const PATTERN = new RegExp(
  // the same day · the same day of the Gao bombings · the same day as the Army's ground offensive started
  "\\b[Tt]he same day(?:\\s+(?:of|as)\\s+([^,.;:()]{1,80}))?",
  'g',
);

/**
 * "the same day of/as <noun phrase>": the reference date when the phrase shares a topic word with
 * the article's title (it names the article's own event), else the latest earlier date; "the same
 * day" alone is the latest earlier date. The span holds "the same day" only.
 * @example sameDay.recognise(ctx('On the same day of the Gao bombings, French forces also bombed…'))
 *   // title "Bombardment of Gao", reference 2013-01-13 → [{ value: { start: '2013-01-13', … }, anchor: 'reference', stated: false }]
 */
export const sameDay: Recogniser = patternRecogniser('date:sameDay', PATTERN, (context, match) => {
  const phrase = match[1];
  const reference = context.referenceDate;
  const anchor = phrase !== undefined && reference && shareContentWord(phrase, context.article.title)
    ? { value: reference, marker: 'reference' as const }
    : anchorAt(context, { index: match.index, length: 'the same day'.length });
  if (!anchor) return null;
  return dateDraft(context, 'date:sameDay', { index: match.index, length: 'the same day'.length }, anchor.value, {
    stated: false,
    anchor: anchor.marker,
  });
});
