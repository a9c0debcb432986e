import { it } from 'vitest';
import { expectCorpusCase, type CorpusCase } from './_corpusCase.js';

// Quantities verbatim from the Ukraine and Caucasus articles (fixture named in each row).
// [words, article, where, low, best, high, qualifier, unit, head]
export const UKRAINE_CAUCASUS_CASES: CorpusCase[] = [
  ['31–94 soldiers', '2016_Nagorno-Karabakh_conflict', 'infobox', 31, 31, 94, 'range', 'soldiers', 'soldier'],
  ['2,000–2,700 wounded', '2016_Nagorno-Karabakh_conflict', 'infobox', 2000, 2000, 2700, 'range', 'wounded', 'wounded'],
  ['4 IFVs', '2016_Nagorno-Karabakh_conflict', 'infobox', 4, 4, 4, 'exact', 'IFVs', 'ifv'],
  ['scores of soldiers', '2016_Nagorno-Karabakh_conflict', 'prose', 20, 20, null, 'vague', 'soldiers', 'soldier'],
  ['nearly 57,290 hectares', '2016_Nagorno-Karabakh_conflict', 'prose', 57290, 57290, 57290, 'about', 'hectares', 'hectare'],
  ['millions of dollars', '2016_Nagorno-Karabakh_conflict', 'prose', 1000000, 1000000, null, 'vague', 'dollars', 'dollar'],
  ['Dozens of helicopters', '2022_Chornobaivka_attacks', 'infobox', 12, 12, null, 'vague', 'helicopters', 'helicopter'],
  ['twelve Russian senior officers', '2022_Chornobaivka_attacks', 'prose', 12, 12, 12, 'exact', 'Russian senior officers', 'officer'],
  ['Seven fuel tankers', '2022_Crimean_Bridge_explosion', 'prose', 7, 7, 7, 'exact', 'fuel tankers', 'tanker'],
  ['at least twenty people', '2022_Crimean_Bridge_explosion', 'prose', 20, 20, null, 'at_least', 'people', 'person'],
  ['over a dozen injured', '2022_Novofedorivka_explosions', 'prose', 12, 12, null, 'more_than', 'injured', 'injured'],
  ['at least eight aircraft', '2022_Novofedorivka_explosions', 'prose', 8, 8, null, 'at_least', 'aircraft', 'aircraft'],
  ['at least seven people', 'Attack_on_Nova_Kakhovka', 'prose', 7, 7, null, 'at_least', 'people', 'person'],
  ['nearly 500 civilians', 'Battle_of_Volnovakha', 'prose', 500, 500, 500, 'about', 'civilians', 'civilian'],
  ['50 KIA', 'Battle_of_Volnovakha', 'infobox', 50, 50, 50, 'exact', 'KIA', 'kia'],
  ['two or three Raptor-class patrol boats', '2022_Snake_Island_campaign', 'prose', 2, 2, 3, 'range', 'Raptor-class patrol boats', 'boat'],
  ['less than 1 km2', '2022_Snake_Island_campaign', 'prose', null, 1, 1, 'fewer_than', 'km2', 'km2'],
  ['two R-360 Neptune anti-ship missiles', '2022_Snake_Island_campaign', 'prose', 2, 2, 2, 'exact', 'R-360 Neptune anti-ship missiles', 'missile'],
  ['20–34 helicopters', 'Battle_of_Antonov_Airport', 'infobox', 20, 20, 34, 'range', 'helicopters', 'helicopter'],
  ['At least two Su-25s', 'Battle_of_Antonov_Airport', 'infobox', 2, 2, null, 'at_least', 'Su-25s', 'su-25'],
  ['20 to 34 Russian helicopters', 'Battle_of_Antonov_Airport', 'prose', 20, 20, 34, 'range', 'Russian helicopters', 'helicopter'],
  ['several hundreds of Russian airborne troops', 'Battle_of_Antonov_Airport', 'prose', 100, 100, null, 'vague', 'Russian airborne troops', 'troop'],
  ['at least seven armoured fighting vehicles', 'Battle_of_Antonov_Airport', 'prose', 7, 7, null, 'at_least', 'armoured fighting vehicles', 'vehicle'],
  ['25,850–26,900+ killed', 'Battle_of_Donbas_(2022)', 'infobox', 25850, 25850, null, 'range', 'killed', 'killed'],
  ['15,680+ killed', 'Battle_of_Donbas_(2022)', 'infobox', 15680, 15680, null, 'more_than', 'killed', 'killed'],
  ['upwards of 76 Battalion tactical groups', 'Battle_of_Donbas_(2022)', 'prose', 76, 76, null, 'more_than', 'Battalion tactical groups', 'group'],
  ['10 to 15 times', 'Battle_of_Donbas_(2022)', 'prose', 10, 10, 15, 'range', 'times', 'time'],
  ['Between 200,000 and 220,000 civilians', 'Battle_of_Donbas_(2022)', 'prose', 200000, 200000, 220000, 'range', 'civilians', 'civilian'],
  ['no less than 300 kilometers', 'Battle_of_Donbas_(2022)', 'prose', 300, 300, null, 'at_least', 'kilometers', 'kilometer'],
  ['7-10 km', 'Battle_of_Donbas_(2022)', 'prose', 7, 7, 10, 'range', 'km', 'km'],
  ['around 135 million US dollars', 'Capture_of_Chernobyl', 'prose', 135000000, 135000000, 135000000, 'about', 'US dollars', 'dollar'],
  ['210 personnel', 'Capture_of_Chernobyl', 'prose', 210, 210, 210, 'exact', 'personnel', 'personnel'],
  ['500 besieged soldiers', 'Siege_of_Mariupol', 'prose', 500, 500, 500, 'exact', 'besieged soldiers', 'soldier'],
  ['400 wounded', 'Siege_of_Mariupol', 'prose', 400, 400, 400, 'exact', 'wounded', 'wounded'],
  ['180 foreign mercenaries', 'Yavoriv_military_base_attack', 'prose', 180, 180, 180, 'exact', 'foreign mercenaries', 'mercenary'],
];

it.each(UKRAINE_CAUCASUS_CASES)('%s (%s, %s)', async (...row) => {
  await expectCorpusCase(...row);
});
