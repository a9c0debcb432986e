import { date, day, duration, hours, offset, relative, time, type CorpusCase } from '../expected.js';

/** Clock times, stretches of time, and time from a named moment. */
export const timesAndDurations: CorpusCase[] = [
  // The seed.
  ['Bombardment_of_Gao', 'Around six hours after takeoff', [offset('Around six hours after takeoff', hours(6, 'about'), 'takeoff')]],
  ['Bombardment_of_Gao', 'The strikes lasted a total of forty minutes', [duration('forty minutes', hours(40 / 60))]],
  ['Bombardment_of_Gao', "the planes flew eastward for around two hours before landing at the N'Djamena airbase around 4:30pm", [
    duration('around two hours', hours(2, 'about')),
    time('4:30pm', '16:30', true),
  ]],
  // Clock times.
  ['2022_Crimean_Bridge_explosion', 'On 8 October 2022, at 6:07 a.m., a fire broke out', [date('8 October 2022', day('2022-10-08')), time('6:07 a.m.', '06:07')]],
  ['2022_Crimean_Bridge_explosion', 'At 06:07 Moscow time today [03:07 GMT]', [time('06:07', '06:07'), time('03:07', '03:07')]],
  ['2019_Turkish_offensive_into_north-eastern_Syria', 'The new ceasefire started at 12pm local time on 23 October.', [time('12pm', '12:00'), relative('23 October', day('2019-10-23'), 'reference')]],
  ['2019_Turkish_offensive_into_north-eastern_Syria', 'Around 12:00 (UTC+03:00), the TAF and SNA', [time('12:00', '12:00', true)]],
  ['Fall_of_Mosul', 'At 02:30 in morning', [time('02:30', '02:30')]],
  ['Fall_of_Mosul', 'to control much of Mosul by midday on 10 June', [time('midday', '12:00'), relative('10 June', day('2014-06-10'), 'reference')]],
  ['Battle_of_Hlukhiv', 'Early in the morning of February 24, 2022 at 5:23 a.m.', [date('February 24, 2022', day('2022-02-24')), time('5:23 a.m.', '05:23')]],
  ['Battle_of_Hlukhiv', 'Russian troops passed through Hlukhiv at noon on February 24', [time('noon', '12:00'), relative('February 24', day('2022-02-24'), 'reference')]],
  ['Battle_of_Hlukhiv', 'Between 4pm and 11:30pm on February 24 in Hlukhiv', [time('4pm', '16:00'), time('11:30pm', '23:30'), relative('February 24', day('2022-02-24'), 'reference')]],
  ['Battle_of_Sumy', 'fighting began on the outskirts at 03:00', [time('03:00', '03:00')]],
  ['Battle_of_Sumy', 'continued at about 22:30 on 24 February', [time('22:30', '22:30', true), relative('24 February', day('2022-02-24'), 'reference')]],
  ['Vinnytsia_missile_strikes', 'At about 10:10 AM on 14 July 2022', [time('10:10 AM', '10:10', true), date('14 July 2022', day('2022-07-14'))]],
  ['Battle_of_Lebedyn', 'On 5 March at 7 a.m.', [relative('5 March', day('2022-03-05'), 'reference'), time('7 a.m.', '07:00')]],
  // Durations, in hours.
  ['Fall_of_Mosul', 'After six days of combat', [duration('six days', hours(144))]],
  ['2012_Hama_offensive', 'after 16 days of fighting', [duration('16 days', hours(384))]],
  ['2012_Hama_offensive', 'north of Hama city within 48 hours.', [duration('within 48 hours', hours(48, 'up_to'))]],
  ['2019_Turkish_offensive_into_north-eastern_Syria', 'a 120-hour cease-fire', [duration('120-hour', hours(120))]],
  ['Battle_of_Anadan', 'After ten hours of fighting', [duration('ten hours', hours(10))]],
  ['Battle_of_Azaz_(2012)', 'Over the next three days, government forces', [duration('three days', hours(72))]],
  // Offsets from a named moment (negative: before it).
  ['Battle_of_Anadan', 'Three hours after the attack began', [offset('Three hours after the attack began', hours(3), 'the attack began')]],
  ['2022_Crimean_Bridge_explosion', 'two days after the announcement of the annexation of four Ukrainian regions', [
    offset('two days after the announcement of the annexation of four Ukrainian regions', hours(48), 'the announcement of the annexation of four Ukrainian regions'),
  ]],
  ['2022_Crimean_Bridge_explosion', 'A week before the explosion', [offset('A week before the explosion', hours(-168), 'the explosion')]],
  ['Battle_of_Sadad', 'One week after the Army recaptured Saadad, on 4 November', [
    offset('One week after the Army recaptured Saadad', hours(168), 'the Army recaptured Saadad'),
    relative('4 November', day('2013-11-04'), 'reference'),
  ]],
];
