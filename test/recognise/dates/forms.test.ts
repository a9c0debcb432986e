import { describe, expect, it } from 'vitest';
import { date, day, days, duration, hours, months, time, years } from './expected.js';
import { described, recognise, sentenceContext } from './helpers.js';

function found(text: string) {
  const context = sentenceContext(text, { referenceDate: day('2013-01-13') });
  return recognise(context).map((m) => described(context.article, m));
}

// The forms the issue names, each in a sentence of its own.
describe('the forms the recognisers read', () => {
  it.each([
    ['On 13 January 2013, jets took off.', [date('13 January 2013', day('2013-01-13'))]],
    ['The siege lasted from 5 March – 25 May 2014.', [date('5 March – 25 May 2014', days('2014-03-05', '2014-05-25'))]],
    ['In March 2015, the offensive stalled.', [date('March 2015', months('2015-03-01', '2015-03-31'))]],
    ['In 2014, the town changed hands.', [date('2014', years(2014))]],
    ['Fighting went on from 2011 to 2013.', [date('2011 to 2013', years(2011, 2013))]],
    ['The base was seized during the 2014 annexation of Crimea.', [date('2014', years(2014))]],
    ['Two men were killed in the 2020 war.', [date('2020', years(2020))]],
    ['In mid-2014, rebels withdrew.', [date('mid-2014', months('2014-05-01', '2014-08-31'))]],
    ['In late 2013, rebels withdrew.', [date('late 2013', months('2013-09-01', '2013-12-31'))]],
    ['In early January 2013, rebels advanced.', [date('early January 2013', days('2013-01-01', '2013-01-10'))]],
    ['On the first day of March 2022, rebels advanced.', [date('the first day of March 2022', day('2022-03-01'))]],
    ['On the last day of February 2024, rebels advanced.', [date('the last day of February 2024', day('2024-02-29'))]],
    ['In the second week of February 2023, rebels advanced.', [date('the second week of February 2023', days('2023-02-08', '2023-02-14'))]],
    ['By the summer of 2014, the front was quiet.', [date('summer of 2014', months('2014-06-01', '2014-08-31'))]],
    ['The attack began at 05:00.', [time('05:00', '05:00')]],
    ['Fighting lasted three days.', [duration('three days', hours(72))]],
    ['They flew for around two hours before landing.', [duration('around two hours', hours(2, 'about'))]],
    ['They landed around 4:30pm.', [time('4:30pm', '16:30', true)]],
    // a count after the date's comma is no year (Battle of Hama's shape, own words)
    ['On 6 January 2013, 54 workers were killed.', [date('6 January 2013', day('2013-01-06'))]],
    ['On January 13, 2013, jets took off.', [date('January 13, 2013', day('2013-01-13'))]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('a count after a date without a year', () => {
  it('is no year: "On 6 January, 54 workers were killed" is the 6 January the reference implies', () => {
    const context = sentenceContext('On 6 January, 54 workers were killed.', { referenceDate: day('2013-01-13') });
    expect(recognise(context).map((m) => (m.kind === 'date' ? m.value.start : null))).toEqual(['2013-01-06']);
  });
});
