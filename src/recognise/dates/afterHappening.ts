import type { DateInterval } from '../../model/index.js';
import { patternRecogniser, type Recogniser, type RecogniseContext } from '../recogniser.js';
import { shareContentWord } from './_contentWords.js';
import { dateDraft } from './_draft.js';
import { addDays, isoParts, monthsInterval, yearsInterval } from './_iso.js';
import { NUMBER, numberValue } from './_numbers.js';
import { statesDate } from './_relative.js';

// Nouns that name the end of the happening an article is about: "Siege of Base 46 … Soon after the
// capture" (a battle's title need not name its capture). Any other noun must share a word with the title.
const ENDINGS = new Set(['capture', 'fall', 'takeover']);

const PATTERN = new RegExp(
  '\\b(?:' +
    [
      // two days after the battle · Four months after the battle · days after the battle (hours are offset's)
      `(${NUMBER}|several|a few|days|weeks|months) (?:(day|week|month|year)s? )?`,
      // Soon after the capture · shortly after the battle · During the days after the battle
      '(soon|shortly|immediately|in the days|during the days) ',
    ].join('|') +
    ')?' +
    // after the battle · After the battle ended · after the siege was over; not "after the capture of Tikrit"
    '(?<!(?:hour|minute)s? )after the (\\p{L}+)(?: (?:had )?(?:ended|was over))?\\b(?!\\s+(?:of|for|at|in|on)\\b)',
  'giu',
);

/**
 * A time after the article's own happening, counted from the last day of its infobox date: "After
 * the battle ended, citizens held protests" is the month after it, "Soon after the capture" the week,
 * "two days after the battle" a day. The noun must name that happening: share a word with the title
 * ("the battle" in "Battle of Melitopol") or name its end ("the capture", "the fall"). Only in a
 * sentence that states no date: "On 3 November 2022, eight months after the battle ended" is dated.
 * @example afterHappening.recognise(ctx('Soon after the capture, two aircraft were shot down.'))
 *   // infobox "22 September – 19 November 2012" → [{ value: { start: '2012-11-19', end: '2012-11-25', precision: 'week' }, anchor: 'reference' }]
 */
export const afterHappening: Recogniser = patternRecogniser('date:afterHappening', PATTERN, (context, match) => {
  const reference = context.referenceDate;
  if (!reference || !namesOwnHappening(context, `the ${match[4] ?? ''}`)) return null;
  const at = { index: match.index, length: match[0].length };
  // "captured Minorca on February 5, 1782, which Spain retained after the war": a sentence's stated date is its event's
  if (statesDate(context)) return null;
  const value = afterEnd(reference.end, match[1], match[2], match[3]);
  if (!value) return null;
  return dateDraft(context, 'date:afterHappening', at, value, { stated: false, anchor: 'reference' });
});

/**
 * Whether "the <noun>" names the happening the article is about, dated by its infobox to the day:
 * "the battle" in "Battle of Melitopol", "the capture" or "the fall" of any. Offsets leave it here.
 * @example namesOwnHappening(context, 'the capture') // true in "Siege of Base 46" with an infobox date
 */
export function namesOwnHappening(context: RecogniseContext, moment: string): boolean {
  const noun = /^the (\p{L}+)(?: (?:had )?(?:ended|was over))?$/iu.exec(moment)?.[1]?.toLowerCase();
  const box = context.article.infobox?.fields.some((f) => f.key === 'date') === true;
  if (!noun || !box || context.referenceDate?.precision !== 'day') return false;
  return ENDINGS.has(noun) || shareContentWord(noun, context.article.title);
}

// The interval `count unit` after `end`; vague words ("soon", "days") a week, no words at all a month.
function afterEnd(end: string, count: string | undefined, unit: string | undefined, soon: string | undefined): DateInterval | null {
  const vagueDays = /^(?:days|several|a few)$/i.test(count ?? '') && (unit === undefined || unit.toLowerCase() === 'day');
  if (soon !== undefined || vagueDays) return { start: end, end: addDays(end, 6), precision: 'week' };
  if (count === undefined) return { start: end, end: addDays(end, 30), precision: 'month' };
  const n = numberValue(count);
  if (n === null || !Number.isInteger(n) || n <= 0 || unit === undefined) return null;
  const { year, month } = isoParts(end);
  switch (unit.toLowerCase()) {
    case 'day': { const day = addDays(end, n); return { start: day, end: day, precision: 'day' }; }
    case 'week': return { start: addDays(end, 7 * n - 3), end: addDays(end, 7 * n + 3), precision: 'week' };
    case 'month': {
      const index = year * 12 + (month - 1) + n;
      const [y, m] = [Math.floor(index / 12), (index % 12) + 1];
      return monthsInterval(y, m, m);
    }
    case 'year': return yearsInterval(year + n);
    default: return null;
  }
}
