import { patternRecogniser, type Recogniser } from '../recogniser.js';
import { dateDraft } from './_draft.js';
import { monthsInterval } from './_iso.js';

// Seasons and halves of a stated year. Winter is left out: it straddles two years.
const PATTERN = new RegExp(
  [
    // the summer of 2014 · spring 2012 · autumn of 2015 · the fall of 2014
    '\\b([Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all)(?: of)? (\\d{4})',
    // the first half of 2012 · the second half of 2016
    '\\b([Ff]irst|[Ss]econd) half of (\\d{4})',
  ].join('|') + '(?![\\d,.]?\\d|s\\b)',
  'g',
);

// Northern-hemisphere meteorological seasons, as the corpus's conflicts lie north of the equator.
const MONTHS: Record<string, [number, number]> = {
  spring: [3, 5], summer: [6, 8], autumn: [9, 11], fall: [9, 11], first: [1, 6], second: [7, 12],
};

/**
 * A season or half of a year → its months (month precision).
 * @example season.recognise(ctx('In the summer of 2014, ISIL launched an offensive'))
 *   // [{ value: { start: '2014-06-01', end: '2014-08-31', precision: 'month' }, … }]
 */
export const season: Recogniser = patternRecogniser('date:season', PATTERN, (context, match) => {
  const name = (match[1] ?? match[3] ?? '').toLowerCase();
  const year = Number(match[2] ?? match[4]);
  const months = MONTHS[name];
  if (!months) return null;
  const value = monthsInterval(year, months[0], months[1]);
  return dateDraft(context, 'date:season', { index: match.index, length: match[0].length }, value, { stated: true, anchor: null });
});
