import { date, day, days, months, relative, years, type CorpusCase } from '../expected.js';

/** Dates that name their day, month or year; a missing year is implied (stated: false). */
export const absoluteDates: CorpusCase[] = [
  // The seed.
  ['Bombardment_of_Gao', 'January 13, 2013', [date('January 13, 2013', day('2013-01-13'))]],
  ['Bombardment_of_Gao', 'On January 13, 2013, as one of the first actions of French intervention in Mali', [date('January 13, 2013', day('2013-01-13'))]],
  ['Bombardment_of_Gao', 'In early 2012, moderate Tuareg rebels', [date('early 2012', months('2012-01-01', '2012-04-30'))]],
  ['Bombardment_of_Gao', 'On the morning of January 13, four Rafale fighter jets took off', [relative('January 13', day('2013-01-13'), 'reference')]],
  // Infobox values: a range is one interval.
  ['Battle_of_Bosra_(2015)', '21–25 March 2015', [date('21–25 March 2015', days('2015-03-21', '2015-03-25'))]],
  ['2012_Hama_offensive', '16–31 December 2012', [date('16–31 December 2012', days('2012-12-16', '2012-12-31'))]],
  ['Operation_Serval', '11 January 2013 – 15 July 2014', [date('11 January 2013 – 15 July 2014', days('2013-01-11', '2014-07-15'))]],
  ['2016_Nagorno-Karabakh_conflict', '1 – 5 April 2016', [date('1 – 5 April 2016', days('2016-04-01', '2016-04-05'))]],
  ['Battle_of_Al-Malihah', '3 April – 14 August 2014', [date('3 April – 14 August 2014', days('2014-04-03', '2014-08-14'))]],
  ['Siege_of_Base_46', '22 September – 19 November 2012', [date('22 September – 19 November 2012', days('2012-09-22', '2012-11-19'))]],
  ['Battle_of_Boulikessi', '30-31 October 2020', [date('30-31 October 2020', days('2020-10-30', '2020-10-31'))]],
  ['MINUSMA_super_camp_attack', '14 April 2018', [date('14 April 2018', day('2018-04-14'))]],
  ['Battle_of_Anadan', '29–30 July 2012', [date('29–30 July 2012', days('2012-07-29', '2012-07-30'))]],
  ['American_Revolutionary_War', 'April 19, 1775 – September 3, 1783 · (8 years, 4 months, 19 days) · Ratification effective: May 12, 1784', [
    date('April 19, 1775 – September 3, 1783', days('1775-04-19', '1783-09-03')),
    date('May 12, 1784', day('1784-05-12')),
  ]],
  // Prose: day, month and year stated.
  ['Battle_of_Bosra_(2015)', 'On 21 March 2015, the offensive was launched', [date('21 March 2015', day('2015-03-21'))]],
  ['Battle_of_Bosra_(2015)', 'On 24 March 2015, rebels advanced in the town', [date('24 March 2015', day('2015-03-24'))]],
  ['2022_Novofedorivka_explosions', 'Novofedorivka, Crimea, on August 9, 2022', [date('August 9, 2022', day('2022-08-09'))]],
  ['Siege_of_Base_46', 'Base 46 was recaptured by the Syrian Army on 13 February 2020', [date('13 February 2020', day('2020-02-13'))]],
  ['Battle_of_Boulikessi', 'took place on October 30 and 31, 2020 during the war in Mali', [date('October 30 and 31, 2020', days('2020-10-30', '2020-10-31'))]],
  // Prose: the year implied from the dates before.
  ['Battle_of_Sumy', 'airstrikes continued throughout April and May', [relative('April and May', months('2022-04-01', '2022-05-31'), 'reference')]],
  ['Battle_of_Bosra_(2015)', 'On 29 March, local clashes took place', [relative('29 March', day('2015-03-29'), 'reference')]],
  ['2016_Nagorno-Karabakh_conflict', 'A ceasefire was reached on 5 April between Azerbaijan and Armenia', [relative('5 April', day('2016-04-05'), 'reference')]],
  ['2017_Mosul_airstrike', 'air raids from 10 March to 17 March', [relative('10 March to 17 March', days('2017-03-10', '2017-03-17'), 'reference')]],
  ['2012_Hama_offensive', 'On 22 January, the military launched an offensive', [relative('22 January', day('2013-01-22'), 'reference')]],
  ['Fall_of_Mosul', 'On 4 June, the insurgents began their efforts to capture Mosul.', [relative('4 June', day('2014-06-04'), 'reference')]],
  ['Battle_of_Anadan', 'At dusk on 29 July, First Lieutenant', [relative('29 July', day('2012-07-29'), 'reference')]],
  ['Battle_of_Lebedyn', 'On the nights of the 1 and 2 of March', [relative('1 and 2 of March', days('2022-03-01', '2022-03-02'), 'reference')]],
  ['Battle_of_Morek', 'Between 18 and 22 April, the SOHR reported', [relative('18 and 22 April', days('2014-04-18', '2014-04-22'), 'reference')]],
  ['Battle_of_Shevchenkove', 'Ukrainian forces liberated Kupiansk on September 9, Izium on September 10', [
    relative('September 9', day('2022-09-09'), 'reference'),
    relative('September 10', day('2022-09-10'), 'reference'),
  ]],
  // Months, parts of months and years.
  ['2016_Nagorno-Karabakh_conflict', 'The April 2016 clashes were the most serious breach of the 1994 ceasefire until 2020', [
    date('April 2016', months('2016-04-01', '2016-04-30')),
    date('2020', years(2020)),
  ]],
  ['2016_Nagorno-Karabakh_conflict', 'The collapse of oil prices in 2015–16', [date('2015–16', years(2015, 2016))]],
  ['2017_Mosul_airstrike', 'after it fell under occupation of the Islamic State of Iraq and the Levant (ISIL) in 2014', [date('2014', years(2014))]],
  ['2017_Mosul_airstrike', 'In February, the Trump administration', [relative('February', months('2017-02-01', '2017-02-28'), 'reference')]],
  ['2019_Turkish_offensive_into_north-eastern_Syria', 'Preparations for the offensive began in July 2019  and the final preparation in October', [
    date('July 2019', months('2019-07-01', '2019-07-31')),
    relative('October', months('2019-10-01', '2019-10-31')),
  ]],
  ['2019_Turkish_offensive_into_north-eastern_Syria', 'since 2012, when the first YPG pockets appeared', [date('2012', years(2012))]],
  ['2022_Novofedorivka_explosions', 'The military base had been seized by Russian forces during the 2014 annexation of Crimea', [date('2014', years(2014))]],
  ['Fall_of_Mosul', 'In early January 2014, ISIL militants', [date('early January 2014', days('2014-01-01', '2014-01-10'))]],
  ['Operation_Serval', 'At the end of May 2013, the French Army began to draw down', [date('the end of May 2013', days('2013-05-21', '2013-05-31'))]],
  ['Siege_of_Base_46', 'The siege began in late September', [relative('late September', days('2012-09-21', '2012-09-30'), 'reference')]],
  ['Battle_of_Azaz_(2012)', 'armed civilians in late March 2012', [date('late March 2012', days('2012-03-21', '2012-03-31'))]],
  ['Battle_of_Azaz_(2012)', 'At the beginning of July, the Assad government', [relative('the beginning of July', days('2012-07-01', '2012-07-10'), 'reference')]],
  // a month's own days and weeks: "the first day of March" is one day, not the month
  ['2020–2021_Ayn_Issa_clashes', 'The fighting shifted towards the northwestern countryside of Ayn Issa in the first week of January 2021.', [date('the first week of January 2021', days('2021-01-01', '2021-01-07'))]],
  ['Battle_of_Ramadi_(2015–2016)', 'during the battle for the city center in the last week of December 2015', [date('the last week of December 2015', days('2015-12-25', '2015-12-31'))]],
  // (the year of the paragraph's own "March 3, 2022" before it, background or not)
  ['Battle_of_Balakliia', 'From March to early May, most of the fighting', [
    relative('March', months('2022-03-01', '2022-03-31')),
    relative('early May', days('2022-05-01', '2022-05-10')),
  ]],
];
