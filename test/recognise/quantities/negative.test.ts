import { describe, expect, it } from 'vitest';
import { fakeContext, quantitiesIn } from './_articles.js';

// Numbers that count nothing: no quantity may cover `words` in the sentence (verbatim from the
// article named, or the issue's own example where the corpus has none).
// [words, sentence, article]
const NOT_COUNTS: [words: string, sentence: string, article: string][] = [
  // "a few" and "several" of a time or a distance count no one (Battle_of_Moshchun.txt "A few days later, Ukrainian units surrounded Moshchun")
  ['A few days', 'A few days later, Ukrainian units surrounded Moshchun.', 'Battle_of_Moshchun'],
  ['Several of', 'Several of the soldiers withdrew to the west.', 'issue example'],
  // ordinals
  ['2nd Division', 'Meanwhile, on the northern front, the Iraqi Army captured the Kindi military base, the former headquarters of the 2nd Division, as well as the nearby al-Kindi facility.', 'Battle_of_Mosul_(2016–2017)'],
  ['52nd Brigade', 'The 52nd Brigade withdrew to the west.', 'issue example'],
  ['first actions', 'On January 13, 2013, as one of the first actions of French intervention in Mali, French planes bombed the city of Gao.', 'Bombardment_of_Gao'],
  ['third school', 'School No. 6 was destroyed on 21 June, being the third school destroyed in Avdiivka.', 'Battle_of_Avdiivka_(2022)'],
  // "one" as a pronoun
  ['one of the first', 'On January 13, 2013, as one of the first actions of French intervention in Mali, French planes bombed the city of Gao.', 'Bombardment_of_Gao'],
  // dates and years
  ['January 13, 2013', 'On January 13, 2013, as one of the first actions of French intervention in Mali, French planes bombed the city of Gao.', 'Bombardment_of_Gao'],
  ['13 January 2013', 'On 13 January 2013, French aircraft struck rebel positions.', 'issue example'],
  ['20 December 2012', 'Operation Serval followed the United Nations Security Council Resolution 2085 of 20 December 2012 and an official request by the Malian interim government for French military assistance.', 'Operation_Serval'],
  ['1990s', 'The Washington Post compared the destruction of Aleppo to the siege of Sarajevo in the 1990s.', 'Battle_of_Aleppo_(2012–2016)'],
  ['2014', 'Beginning on 16 October 2016, American-led forces began taking back control of the city of Mosul after it fell under occupation of the Islamic State of Iraq and the Levant (ISIL) in 2014.', '2017_Mosul_airstrike'],
  ['2012 opinion poll', 'According to a 2012 opinion poll, 63% of Armenians perceive Azerbaijan as "the biggest enemy of Armenia".', '2016_Nagorno-Karabakh_conflict'],
  ['2003 invasion', 'The incident was the largest single death toll inflicted by a coalition air strike since the 2003 invasion of Iraq by U.S. forces.', '2017_Mosul_airstrike'],
  // clock times
  ['4:30pm', "Following the strikes, the planes flew eastward for around two hours before landing at the N'Djamena airbase around 4:30pm.", 'Bombardment_of_Gao'],
  ['18:52', 'An image revealed that at 18:52 local time (UTC+03:00) on 13 April 2022, Moskva was located at 45.17872°N, 30.92515°W.', 'Sinking_of_the_Moskva'],
  // coordinates
  ['45.17872°N', 'An image revealed that at 18:52 local time (UTC+03:00) on 13 April 2022, Moskva was located at 45.17872°N, 30.92515°W.', 'Sinking_of_the_Moskva'],
  ['36.12°N', 'The village lies at 36.12°N.', 'issue example'],
  // percentages: a share of something, never a count of it
  ['63%', 'According to a 2012 opinion poll, 63% of Armenians perceive Azerbaijan as "the biggest enemy of Armenia".', '2016_Nagorno-Karabakh_conflict'],
  ['70 percent', 'By 17 August, government forces recaptured about 70 percent of the district.', '2016_Aleppo_summer_campaign'],
  // names with a number in them
  ['No. 6', 'School No. 6 was destroyed on 21 June, being the third school destroyed in Avdiivka.', 'Battle_of_Avdiivka_(2022)'],
  ['Resolution 2085', 'Operation Serval followed the United Nations Security Council Resolution 2085 of 20 December 2012 and an official request by the Malian interim government for French military assistance.', 'Operation_Serval'],
  ['M4 highway', 'SNA also said they captured 18 villages close to M4 highway in eastern Raqqah.', '2019_Turkish_offensive_into_north-eastern_Syria'],
  ['Highway 7', 'The Syrian Army captured around 40 villages on Highway 7, which links al-Hasakah to Qamishli.', 'Battle_of_al-Hasakah_(2016)'],
  ['Division 17', 'Late in the evening on 23 July, a 640-men strong Islamic State assault force launched an attack on the Division 17 base, north of Raqqa, from three sides.', '2014_Eastern_Syria_offensive'],
  ['page 12', 'The figure is given on page 12 of the report.', 'issue example'],
  // money, measure adjectives, ages, fractions
  ['$300', 'Some civilians, unable to flee, paid smugglers $300 in order to be delivered to the nearest point.', '2019_Turkish_offensive_into_north-eastern_Syria'],
  ['20-mile', 'After Baboulin was captured, clashes took place along a nearby 20-mile stretch of highway between Morek and Maaret al-Numan.', '2014_Idlib_offensive'],
  ['12-year-old', 'On 2 April, a 12-year-old Armenian boy was killed as a result of missile artillery attack from a BM-21 Grad near the border with Martuni.', '2016_Nagorno-Karabakh_conflict'],
  ['three quarters', 'The Army advanced into the village of Abu Hanaya, resulting in capture of three quarters of it.', 'Central_Syria_campaign'],
  // ellipses: the noun comes later ("120 government and 80 rebel fighters")
  ['120 government', '200 fighters on both sides were killed in the offensive, including 120 government and 80 rebel fighters.', 'Combat_operations_in_2013_during_the_Battle_of_Aleppo'],
  ['91 Armenian', 'According to official statements of the involved sides, 91 Armenian and 31 Azerbaijani soldiers were killed during the clashes.', '2016_Nagorno-Karabakh_conflict'],
];

describe('not counts', () => {
  it.each(NOT_COUNTS)('%s', (words, sentence) => {
    const context = fakeContext(sentence);
    const at = context.offset + sentence.indexOf(words);
    expect(sentence).toContain(words);
    const covering = quantitiesIn(context).filter((m) => m.span.start < at + words.length && at < m.span.end);
    expect(covering.map((m) => context.article.text.slice(m.span.start, m.span.end))).toEqual([]);
  });
});
