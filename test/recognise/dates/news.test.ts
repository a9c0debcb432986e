import { describe, expect, it } from 'vitest';
import type { DateInterval } from '../../../src/model/index.js';
import { date, day, months, relative, week, years } from './expected.js';
import { described, recognise, sentenceContext } from './helpers.js';

// Tuesday 12 March 2024, in a leap year: the day every report below was published unless told.
const TUESDAY = day('2024-03-12');

function datesIn(text: string, published = TUESDAY, referenceDate: DateInterval | null = day('2013-01-13')) {
  const context = sentenceContext(text, { publicationDate: published, referenceDate });
  return recognise(context).filter((m) => m.kind === 'date').map((m) => described(context.article, m));
}

const news = (text: string, value: ReturnType<typeof day>) => relative(text, value, 'publication');

describe('days counted back from the day of publication (newsDay)', () => {
  it.each([
    ['A missile struck a school in Kharkiv yesterday, officials said.', news('yesterday', day('2024-03-11'))],
    ["Yesterday's strike killed three.", news('Yesterday', day('2024-03-11'))],
    ['Drones hit the port the day before yesterday.', news('the day before yesterday', day('2024-03-10'))],
    ['Shelling resumed last night near the border.', news('last night', day('2024-03-11'))],
    ['The governor said today that three people died.', news('today', day('2024-03-12'))],
    ['Today the army withdrew from the village.', news('Today', day('2024-03-12'))],
    ['Air raid sirens sounded this morning.', news('this morning', day('2024-03-12'))],
    ['Rebels attacked the checkpoint three days ago.', news('three days ago', day('2024-03-09'))],
    ['A convoy was ambushed a day ago.', news('a day ago', day('2024-03-11'))],
  ])('%s', (text, expected) => {
    expect(datesIn(text)).toEqual([expected]);
  });

  it('crosses a year: yesterday of 1 January 2024 is 31 December 2023', () => {
    expect(datesIn('Rockets hit the city yesterday.', day('2024-01-01'))).toEqual([news('yesterday', day('2023-12-31'))]);
  });
});

describe('weekdays: the latest such day on or before the day of publication (weekday)', () => {
  it.each([
    ['On Monday, Russian forces shelled the village.', news('Monday', day('2024-03-11'))],
    ['On Tuesday, Russian forces shelled the village.', news('Tuesday', day('2024-03-12'))],
    ['On Wednesday, Russian forces shelled the village.', news('Wednesday', day('2024-03-06'))],
    ['Russian forces shelled the village Sunday night.', news('Sunday night', day('2024-03-10'))],
    ["Saturday's strike destroyed the bridge.", news('Saturday', day('2024-03-09'))],
    ['Last Tuesday, the army withdrew.', news('Last Tuesday', day('2024-03-05'))],
    ['The army withdrew last Monday.', news('last Monday', day('2024-03-11'))],
  ])('%s', (text, expected) => {
    expect(datesIn(text)).toEqual([expected]);
  });
});

describe('weeks, months and years counted from the day of publication, with their precision (newsPeriod)', () => {
  it.each([
    ['Rebels attacked the base last week.', news('last week', week('2024-03-04', '2024-03-10'))],
    ['Earlier this week, rebels attacked the base.', news('Earlier this week', week('2024-03-11', '2024-03-11'))],
    ['Fighting this week killed dozens.', news('this week', week('2024-03-11', '2024-03-17'))],
    ['Earlier this month, drones hit an oil depot.', news('Earlier this month', months('2024-03-01', '2024-03-11'))],
    ['The town changed hands twice this month.', news('this month', months('2024-03-01', '2024-03-31'))],
    ['The town fell last month.', news('last month', months('2024-02-01', '2024-02-29'))],
    ['The town fell last year.', news('last year', years(2023))],
    ['Earlier this year, the town fell.', news('Earlier this year', { start: '2024-01-01', end: '2024-03-11', precision: 'year' })],
    ["This year's offensive stalled.", news('This year', years(2024))],
  ])('%s', (text, expected) => {
    expect(datesIn(text)).toEqual([expected]);
  });

  it.each([
    ['last week, published Tuesday 2 January 2024', 'The siege began last week.', day('2024-01-02'), news('last week', week('2023-12-25', '2023-12-31'))],
    ['last month, published in January', 'The siege began last month.', day('2024-01-02'), news('last month', months('2023-12-01', '2023-12-31'))],
    ['earlier this month, published on the 1st', 'Earlier this month, the siege began.', day('2024-03-01'), news('Earlier this month', months('2024-03-01', '2024-03-01'))],
  ])('%s', (_name, text, published, expected) => {
    expect(datesIn(text, published)).toEqual([expected]);
  });
});

describe('a day of publication also gives a year-less date its year', () => {
  it('On 10 March in a report of 12 March 2024 is 2024', () => {
    expect(datesIn('On 10 March, rebels attacked.', TUESDAY, null)).toEqual([date('10 March', day('2024-03-10'), { stated: false, anchor: 'publication' })]);
  });

  it('a stated date beside the words is the mention, not both', () => {
    expect(datesIn('On Monday, 11 March 2024, rebels attacked.')).toEqual([date('11 March 2024', day('2024-03-11'))]);
  });
});

describe('no day of publication, no date: the words stay unresolved', () => {
  it.each([
    'A missile struck a school in Kharkiv yesterday.',
    'On Monday, Russian forces shelled the village.',
    'Rebels attacked the base last week.',
    'Earlier this month, drones hit an oil depot.',
    'The town fell last month.',
    'The town fell last year.',
    'The governor said today that three people died.',
    'Rebels attacked the checkpoint three days ago.',
  ])('%s', (text) => {
    // an infobox reference date is there to count from, and must not be used
    const context = sentenceContext(text, { referenceDate: day('2013-01-13') });
    expect(recognise(context)).toEqual([]);
  });
});
