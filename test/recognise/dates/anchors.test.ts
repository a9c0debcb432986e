import { describe, expect, it } from 'vitest';
import { day, days, months, relative } from './expected.js';
import { described, recognise, sentenceContext } from './helpers.js';

const earlierDate = (iso: string) => ({
  kind: 'date' as const, span: { start: 0, end: 1 }, rule: 'date:calendar', stated: true, sentence: 0, value: day(iso), anchor: null,
});

function datesIn(text: string, options: Parameters<typeof sentenceContext>[1]) {
  const context = sentenceContext(text, options);
  return recognise(context).filter((m) => m.kind === 'date').map((m) => described(context.article, m));
}

describe('"the same day of/as <noun phrase>"', () => {
  const options = { title: 'Bombardment of Gao', infoboxDate: 'January 13, 2013', earlier: [earlierDate('2013-01-20')] };

  it('is the reference date when the phrase shares a word with the title', () => {
    expect(datesIn('On the same day of the Gao bombings, forces bombed a base.', options)).toEqual([relative('the same day', day('2013-01-13'), 'reference')]);
  });

  it('is the latest earlier date when it does not', () => {
    expect(datesIn('On the same day as the ceasefire, forces bombed a base.', options)).toEqual([relative('the same day', day('2013-01-20'))]);
  });

  it('is the latest earlier date alone', () => {
    expect(datesIn('On the same day, forces bombed a base.', options)).toEqual([relative('the same day', day('2013-01-20'))]);
  });
});

describe('counting days', () => {
  const options = { infoboxDate: '21–25 March 2015', earlier: [earlierDate('2015-03-22')] };

  it.each([
    ['The next day, rebels attacked.', relative('The next day', day('2015-03-23'))],
    ['The following day, rebels attacked.', relative('The following day', day('2015-03-23'))],
    ['Two days later, rebels attacked.', relative('Two days later', day('2015-03-24'))],
    ['That night, rebels attacked.', relative('That night', day('2015-03-22'))],
    ['Three days earlier, rebels attacked.', relative('Three days earlier', day('2015-03-19'))],
    ['The following week, rebels attacked.', relative('The following week', { start: '2015-03-23', end: '2015-03-29', precision: 'week' })],
    // Madagiz_offensive.txt ("an offensive … in the direction of Talish and Madagiz next day"), own words
    ['The army launched an offensive towards the villages next day.', relative('next day', day('2015-03-23'))],
  ])('%s counts from the latest earlier date', (text, expected) => {
    expect(datesIn(text, options)).toEqual([expected]);
  });

  it('counts from the reference date when nothing came before', () => {
    expect(datesIn('The next day, rebels attacked.', { infoboxDate: 'January 13, 2013' })).toEqual([relative('The next day', day('2013-01-14'), 'reference')]);
  });

  it('counts from a date earlier in the same sentence', () => {
    expect(datesIn('On 2 May 2014 rebels attacked, and two days later they withdrew.', options)).toEqual([
      { text: '2 May 2014', kind: 'date', value: day('2014-05-02'), stated: true, anchor: null },
      relative('two days later', day('2014-05-04')),
    ]);
  });

  // 2014_Idlib_offensive.txt ("On 8 April, …, and three days later reportedly took an Army checkpoint …, but Syrian
  // Army units took it back the next day"), own words
  it('counts on from a count earlier in the same sentence', () => {
    expect(datesIn('On 2 May 2014 rebels attacked, three days later they took a checkpoint, but the army took it back the next day.', options)).toEqual([
      { text: '2 May 2014', kind: 'date', value: day('2014-05-02'), stated: true, anchor: null },
      relative('three days later', day('2014-05-05')),
      relative('the next day', day('2014-05-06')),
    ]);
  });

  it('counts from a stated date that comes after the earlier count', () => {
    expect(datesIn('Two days later rebels withdrew, and on 10 May 2015 the army attacked and the next day withdrew.', options)).toEqual([
      relative('Two days later', day('2015-03-24')),
      { text: '10 May 2015', kind: 'date', value: day('2015-05-10'), stated: true, anchor: null },
      relative('the next day', day('2015-05-11')),
    ]);
  });

  it("does not count from an infobox value's date: a caption's day is no narrative's", () => {
    const caption = { ...earlierDate('2022-06-05'), sentence: null };
    expect(datesIn('Three weeks later, rebels attacked.', { infoboxDate: 'January 13, 2013', earlier: [caption] })).toEqual([relative('Three weeks later', day('2013-02-03'), 'reference')]);
  });

  it('does not count from the year of a happening the sentence places itself in', () => {
    const happening = { ...earlierDate('2014-01-01'), rule: 'date:year-of-happening', value: { start: '2014-01-01', end: '2014-12-31', precision: 'year' as const } };
    expect(datesIn('The next day, rebels attacked.', { ...options, earlier: [earlierDate('2015-03-22'), happening] })).toEqual([relative('The next day', day('2015-03-23'))]);
  });

  it('does not count a day from a month', () => {
    expect(datesIn('The next day, rebels attacked.', { infoboxDate: 'March 2015' })).toEqual([]);
  });
});

describe('a year left unsaid', () => {
  it('comes from the reference date', () => {
    expect(datesIn('On the morning of January 13, jets took off.', { infoboxDate: 'January 13, 2013' })).toEqual([
      relative('January 13', day('2013-01-13'), 'reference'),
    ]);
  });

  it('moves on with the narrative across a new year', () => {
    expect(datesIn('On 2 January, the army withdrew.', { infoboxDate: 'March 2012', earlier: [earlierDate('2012-12-29')] })).toEqual([
      relative('2 January', day('2013-01-02')),
    ]);
  });

  it('is the reference year near the infobox date, after an aftermath in another year', () => {
    expect(datesIn('On 6 October, the president declared three days of mourning.', { infoboxDate: '4 October 2017', earlier: [earlierDate('2019-04-15')] })).toEqual([
      relative('6 October', day('2017-10-06'), 'reference'),
    ]);
  });

  it('comes from a year stated earlier in the sentence', () => {
    expect(datesIn('On 17 September 2014, strikes began, until 2 October.', { infoboxDate: '24–28 March 2015' })).toEqual([
      { text: '17 September 2014', kind: 'date', value: day('2014-09-17'), stated: true, anchor: null },
      relative('2 October', day('2014-10-02')),
    ]);
  });

  it('reads "early/mid/late" of a month or a year', () => {
    expect(datesIn('In mid-2014 and in late May, rebels attacked.', { infoboxDate: 'May 2014' })).toEqual([
      { text: 'mid-2014', kind: 'date', value: months('2014-05-01', '2014-08-31'), stated: true, anchor: null },
      relative('late May', days('2014-05-21', '2014-05-31'), 'reference'),
    ]);
  });
});

describe('a time after the article\'s own happening', () => {
  const siege = { title: 'Siege of Test Base', infoboxDate: '22 September – 19 November 2012', earlier: [earlierDate('2012-10-09')] };
  const battle = { title: 'Battle of Testville', infoboxDate: '25 February – 1 March 2022' };

  it.each([
    // Siege_of_Base_46.txt ("Soon after the capture, an army attack helicopter and a MiG fighter jet were shot down"), own words
    ['Soon after the capture, rebels shot down a helicopter.', siege, relative('Soon after the capture', { start: '2012-11-19', end: '2012-11-25', precision: 'week' }, 'reference')],
    // Battle_of_Melitopol.txt ("After the battle ended, citizens held street protests"), own words
    ['After the battle ended, residents marched against the occupation.', battle, relative('After the battle ended', months('2022-03-01', '2022-03-31'), 'reference')],
    // Battle_of_Shusha_(2020).txt ("two days after the battle, the Prime Minister … announced … a ceasefire"), own words
    ['Two days after the battle, both sides signed a ceasefire.', battle, relative('Two days after the battle', day('2022-03-03'), 'reference')],
    // Battle_of_Kharkiv_(2022).txt ("Four months after the battle, Ukraine launched a major counteroffensive"), own words
    ['Four months after the battle, the army launched a counteroffensive.', battle, relative('Four months after the battle', months('2022-07-01', '2022-07-31'), 'reference')],
  ])('%s counts from the end of the infobox date', (text, options, expected) => {
    expect(datesIn(text, options)).toEqual([expected]);
  });

  it('leaves a happening that is not the article\'s own to the latest earlier date', () => {
    // Combat_operations_in_2012_during_the_Battle_of_Aleppo.txt ("after the capture of …" a named base), own words
    expect(datesIn('After the capture of the airbase, jets struck the town.', siege)).toEqual([]);
    expect(datesIn('After the ceasefire, jets struck the town.', battle)).toEqual([]);
  });

  it('gives way to a date stated beside it', () => {
    // Battle_of_Kherson.txt ("On 3 November 2022, eight months after the battle ended, Russian forces removed their flag"), own words
    expect(datesIn('On 3 November 2022, eight months after the battle ended, troops left.', battle)).toEqual([
      { text: '3 November 2022', kind: 'date', value: day('2022-11-03'), stated: true, anchor: null },
    ]);
  });

  // American_Revolutionary_War.wiki ("On February 5, 1782, … captured Minorca, which Spain retained after the war"), own words
  it('leaves a sentence that states its own date to that date', () => {
    expect(datesIn('On 5 February 2022, troops took the port, which they held after the battle.', { title: 'Battle of Testville', infoboxDate: '25 February – 1 March 2022' })).toEqual([
      { text: '5 February 2022', kind: 'date', value: day('2022-02-05'), stated: true, anchor: null },
    ]);
  });
});
