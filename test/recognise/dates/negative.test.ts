import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { day } from './expected.js';
import { recognise, sentenceContext } from './helpers.js';

// Every context has a reference date, so a relative expression would have something to count from.
const mentionsIn = (text: string) => recognise(sentenceContext(text, { referenceDate: day('2013-01-13') }));

// Words that hold numbers, months or time units but no date (chrono read the first as "two hours before").
const NO_DATE: string[] = [
  'Following the strikes, the planes flew eastward for around two hours before landing',
  'flew eastward for around two hours before landing',
  'The book sold 1,000 copies.',
  'the 2nd Brigade advanced',
  'the 1st Armoured Division',
  'the 93rd Independent Mechanized Brigade',
  'No. 5 Squadron',
  'along Highway 5 towards Damascus',
  'the M4 highway',
  'UN Security Council Resolution 2085',
  'Resolution 2254 called for a ceasefire',
  'positions at 4 km from the town',
  'attacked by 2000 soldiers',
  'a force of 2000 men',
  'a power plant of 2000 hectares',
  'in the 1990s',
  'the march on Damascus',
  'Prime Minister Theresa May said',
  'the Long March',
  'Base 46 was surrounded',
  // a day-long fight, and a news report's own next week, are no day counted from the narrative
  'after the following day-long clashes',
  'talks will be held next week',
  'a Russian Sukhoi Su-25 was shot down',
  'destroying 15 T-72 tanks',
  'BM-21 Grad launchers fired',
  'half of the 1/2 share',
  'around 30 percent of the city',
  'Operation Dawn of Victory',
  'the 2014 offensive',
  'after the 2014 offensive',
  'in the 2000 rounds fired',
  'Article 5 of the treaty',
  'On 31 April, nothing happened',
];

// Words that must yield nothing at all: no date, time, duration or offset.
const NOTHING: string[] = [
  'The book sold 1,000 copies.',
  'the 2nd Brigade advanced',
  'No. 5 Squadron',
  'along Highway 5 towards Damascus',
  'the M4 highway',
  'UN Security Council Resolution 2085',
  'positions at 4 km from the town',
  'a decimal 2.50 km away',
  'the time zone UTC+03:00',
  'the Four-Day War',
  'twice a day',
  'Russian invaders have been shelling for hours',
  'Operation Midnight Hammer',
  'the early hours of the morning',
];

describe('no date in', () => {
  it.each(NO_DATE)('%s', (text) => {
    expect(mentionsIn(text).filter((m) => m.kind === 'date')).toEqual([]);
  });
});

describe('nothing in', () => {
  it.each(NOTHING)('%s', (text) => {
    expect(mentionsIn(text)).toEqual([]);
  });
});

describe('a date with nothing to count from is not guessed', () => {
  it.each(['On January 13, four jets took off', 'Two days later, rebels attacked', 'The next day, the army withdrew', 'In late March, rebels attacked'])('%s', (text) => {
    expect(recognise(sentenceContext(text, { referenceDate: null }))).toEqual([]);
  });
});

// News words that are names, other days' counts or days still to come: no date even in a report
// with a day of publication.
const NOT_NEWS_DATES: string[] = [
  'the anniversary of Bloody Sunday',
  'Black Saturday shocked the country',
  'shops closed on Easter Monday',
  'talks resume next Monday',
  'the market opens every Friday',
  'on the following Monday the army returned',
  'The Sunday Times reported the strike',
  'a monday of no importance',
  'on the last night of the siege',
  'elections later this month',
  'in his last year of service',
  'a presenter on Russia Today said',
  'USA Today reported the figures',
];

describe('no news date in', () => {
  it.each(NOT_NEWS_DATES)('%s', (text) => {
    const context = sentenceContext(text, { referenceDate: null, publicationDate: day('2024-03-12') });
    expect(recognise(context).filter((m) => m.kind === 'date')).toEqual([]);
  });
});

describe('a bare year', () => {
  it('is never a day, after any preposition', () => {
    const preposition = fc.constantFrom('In', 'in', 'since', 'during', 'until', 'throughout', 'from', 'between');
    fc.assert(
      fc.property(preposition, fc.integer({ min: 1500, max: 2099 }), (word, year) => {
        const dates = mentionsIn(`${word} ${year}, the town changed hands.`).filter((m) => m.kind === 'date');
        expect(dates).toHaveLength(1);
        expect(dates[0]?.value).toEqual({ start: `${year}-01-01`, end: `${year}-12-31`, precision: 'year' });
      }),
    );
  });
});

// "between March and May 5": the second month with its day is a date of its own, not the end of a span of months
describe('a month joined to a day of a later month', () => {
  it('stays two dates', () => {
    const dates = mentionsIn('The town was shelled in March and May 5, 2013.').filter((m) => m.kind === 'date');
    expect(dates.map((m) => ('value' in m ? m.value : null))).toContainEqual({ start: '2013-05-05', end: '2013-05-05', precision: 'day' });
    expect(dates.map((m) => ('value' in m ? m.value : null))).not.toContainEqual(expect.objectContaining({ start: '2013-03-01', end: '2013-05-31' }));
  });
});
