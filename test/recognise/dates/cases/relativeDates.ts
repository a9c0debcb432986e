import { date, day, relative, week, type CorpusCase } from '../expected.js';

/** Dates counted from another: the latest earlier date ('previous') or the reference date. */
export const relativeDates: CorpusCase[] = [
  // "the same day of <the article's own event>" is the reference date.
  ['Bombardment_of_Gao', 'On the same day of the Gao bombings', [relative('the same day', day('2013-01-13'), 'reference')]],
  ['2022_Chornobaivka_attacks', 'On the same day, Chornobaivka saw its first Ukrainian attack', [relative('the same day', day('2022-02-27'))]],
  ['Battle_of_Bosra_(2015)', 'while 30 barrel bombs were also dropped that day', [relative('that day', day('2015-03-24'))]],
  ['Fall_of_Mosul', 'That day, about a hundred vehicles entered Mosul', [relative('That day', day('2014-06-08'))]],
  ['Battle_of_Hlukhiv', 'Later that day at 4:24pm', [relative('Later that day', day('2022-02-24')), { text: '4:24pm', kind: 'time', value: { time: '16:24', approximate: false } }]],
  ['2017_Mosul_airstrike', 'The following day, they noted five more strikes in Mosul', [relative('The following day', day('2017-03-19'))]],
  ['Battle_of_Al-Malihah', 'By the next day, 26 rebels were killed', [relative('the next day', day('2014-04-04'))]],
  ['2022_Novofedorivka_explosions', 'had been destroyed in the preceding day', [relative('the preceding day', day('2022-08-08'))]],
  ['Siege_of_Base_46', 'shot down a fighter jet nearby on the previous day', [relative('the previous day', day('2012-10-13'))]],
  ['2019_Turkish_offensive_into_north-eastern_Syria', 'to Manbij frontline as of the previous night', [relative('the previous night', day('2019-10-14'))]],
  ['Battle_of_Al-Malihah', 'Five days later, rebels also captured base 559', [relative('Five days later', day('2014-05-02'))]],
  ['2012_Hama_offensive', 'A week later, Assad forces from Qamhana', [relative('A week later', day('2013-01-05'))]],
  ['2012_Hama_offensive', 'Two days before, the Army had also regained control', [relative('Two days before', day('2013-02-05'))]],
  ['MINUSMA_super_camp_attack', 'a week earlier', [relative('a week earlier', day('2018-04-07'))]],
  ['Battle_of_Moshchun', 'A few days later, Ukrainian units surrounded Moshchun', [relative('A few days later', week('2022-03-16', '2022-03-21'))]],
  // A date stated beside the relative words is the mention; the count is not repeated.
  ['2022_Chornobaivka_attacks', 'On 19 March, the next day, Ukraine again attacked', [relative('19 March', day('2022-03-19'), 'reference')]],
  ['2022_Chornobaivka_attacks', 'Two days later, on 21 March, Ukrainian forces again attacked the airport', [relative('21 March', day('2022-03-21'), 'reference')]],
  ['Battle_of_Romny', 'Later that evening on March 4, Russian forces blocked the road', [relative('March 4', day('2022-03-04'), 'reference')]],
  ['Battle_of_Qamishli_(2021)', 'in effect until 12:00 the next day', [
    { text: '12:00', kind: 'time', value: { time: '12:00', approximate: false } },
    relative('the next day', day('2021-04-24')),
  ]],
  // a later month joined to a month is one span of months, its year (stated) from the second
  ['Battle_of_Balakliia', 'Throughout July and August 2022', [
    date('July and August 2022', { start: '2022-07-01', end: '2022-08-31', precision: 'month' }),
  ]],
];
