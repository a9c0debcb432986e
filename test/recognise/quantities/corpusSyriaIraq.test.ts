import { it } from 'vitest';
import { expectCorpusCase, type CorpusCase } from './_corpusCase.js';

// Quantities verbatim from the Syria and Iraq articles (fixture named in each row).
// [words, article, where, low, best, high, qualifier, unit, head]
export const SYRIA_IRAQ_CASES: CorpusCase[] = [
  ['~1,000 fighters', '2012_Hama_offensive', 'infobox', 1000, 1000, 1000, 'about', 'fighters', 'fighter'],
  ['2,000 soldiers', '2012_Hama_offensive', 'infobox', 2000, 2000, 2000, 'exact', 'soldiers', 'soldier'],
  ['132 killed', '2012_Hama_offensive', 'infobox', 132, 132, 132, 'exact', 'killed', 'killed'],
  ['90–200 civilians', '2012_Hama_offensive', 'infobox', 90, 90, 200, 'range', 'civilians', 'civilian'],
  ['up to 1,000 rebel fighters', '2012_Hama_offensive', 'prose', null, 1000, 1000, 'up_to', 'rebel fighters', 'fighter'],
  ['At least 18 regular soldiers', '2014_Idlib_offensive', 'prose', 18, 18, null, 'at_least', 'regular soldiers', 'soldier'],
  ['about 30 pro-government fighters', '2014_Idlib_offensive', 'prose', 30, 30, 30, 'about', 'pro-government fighters', 'fighter'],
  ['tens of pro-government fighters', '2014_Idlib_offensive', 'prose', 10, 10, null, 'vague', 'pro-government fighters', 'fighter'],
  ['15 Syrian Army checkpoints', '2014_Idlib_offensive', 'prose', 15, 15, 15, 'exact', 'Syrian Army checkpoints', 'checkpoint'],
  ['around 1,400 separate munitions', '2017_Mosul_airstrike', 'prose', 1400, 1400, 1400, 'about', 'separate munitions', 'munition'],
  ['3,846 civilian deaths', '2017_Mosul_airstrike', 'prose', 3846, 3846, 3846, 'exact', 'civilian deaths', 'death'],
  ['at least 137 bodies', '2017_Mosul_airstrike', 'prose', 137, 137, null, 'at_least', 'bodies', 'body'],
  ['five rocket-propelled grenade systems', '2017_Mosul_airstrike', 'prose', 5, 5, 5, 'exact', 'rocket-propelled grenade systems', 'system'],
  ['20 ISIS mortar teams', '2017_Mosul_airstrike', 'prose', 20, 20, 20, 'exact', 'ISIS mortar teams', 'team'],
  ['300,000+ civilians', '2019_Turkish_offensive_into_north-eastern_Syria', 'infobox', 300000, 300000, null, 'more_than', 'civilians', 'civilian'],
  ['less than two hours', '2019_Turkish_offensive_into_north-eastern_Syria', 'prose', null, 2, 2, 'fewer_than', 'hours', 'hour'],
  ['around 3.6 million Syrian refugees', '2019_Turkish_offensive_into_north-eastern_Syria', 'prose', 3600000, 3600000, 3600000, 'about', 'Syrian refugees', 'refugee'],
  ['over 1200 square kilometers', '2019_Turkish_offensive_into_north-eastern_Syria', 'prose', 1200, 1200, null, 'more_than', 'square kilometers', 'kilometer'],
  ['200–300 US troops', '2019_Turkish_offensive_into_north-eastern_Syria', 'prose', 200, 200, 300, 'range', 'US troops', 'troop'],
  ['almost 500 personnel', '2019_Turkish_offensive_into_north-eastern_Syria', 'prose', 500, 500, 500, 'about', 'personnel', 'personnel'],
  ['hundreds of rebels', 'Battle_of_Al-Malihah', 'prose', 100, 100, null, 'vague', 'rebels', 'rebel'],
  ['100–150 rebel fighters', 'Battle_of_Al-Malihah', 'prose', 100, 100, 150, 'range', 'rebel fighters', 'fighter'],
  ['21–25 killed', 'Battle_of_Bosra_(2015)', 'infobox', 21, 21, 25, 'range', 'killed', 'killed'],
  ['An estimated 500,000 civilians', 'Fall_of_Mosul', 'prose', 500000, 500000, 500000, 'about', 'civilians', 'civilian'],
  ['about a hundred vehicles', 'Fall_of_Mosul', 'prose', 100, 100, 100, 'about', 'vehicles', 'vehicle'],
  ['at least four hundred men', 'Fall_of_Mosul', 'prose', 400, 400, null, 'at_least', 'men', 'man'],
  ['150–300 killed', 'Siege_of_Base_46', 'infobox', 150, 150, 300, 'range', 'killed', 'killed'],
  ['several hundred soldiers', 'Siege_of_Base_46', 'prose', 100, 100, null, 'vague', 'soldiers', 'soldier'],
  ['around 18 complete Strela 2 MANPADs', 'Siege_of_Base_46', 'prose', 18, 18, 18, 'about', 'complete Strela 2 MANPADs', 'manpad'],
  ['tens of thousands of people', 'Battle_of_Baghuz_Fawqani', 'prose', 10000, 10000, null, 'vague', 'people', 'person'],
  ['as many as 8 million people', 'Battle_of_Baghuz_Fawqani', 'prose', null, 8000000, 8000000, 'up_to', 'people', 'person'],
  ['four to five more days', 'Battle_of_Baghuz_Fawqani', 'prose', 4, 4, 5, 'range', 'more days', 'day'],
  ['over 1,000 captured', 'Battle_of_Baghuz_Fawqani', 'prose', 1000, 1000, null, 'more_than', 'captured', 'captured'],
  ['no deaths', 'Battle_of_Baghuz_Fawqani', 'prose', 0, 0, 0, 'exact', 'deaths', 'death'],
  ['104 IS vehicles', 'Battle_of_Baghuz_Fawqani', 'prose', 104, 104, 104, 'exact', 'IS vehicles', 'vehicle'],
  ['25-38 IS militants', 'Battle_of_Baghuz_Fawqani', 'prose', 25, 25, 38, 'range', 'IS militants', 'militant'],
  ['Tens of thousands of civilians', 'Battle_of_Raqqa_(2017)', 'infobox', 10000, 10000, null, 'vague', 'civilians', 'civilian'],
  ['As many as 500 US special forces', 'Battle_of_Raqqa_(2017)', 'prose', null, 500, 500, 'up_to', 'US special forces', 'force'],
  ['close to 50 trucks', 'Battle_of_Raqqa_(2017)', 'prose', 50, 50, 50, 'about', 'trucks', 'truck'],
  ['8-10 Leopard 2 tanks', 'Battle_of_al-Bab', 'infobox', 8, 8, 10, 'range', 'Leopard 2 tanks', 'tank'],
  ['15+ APCs', 'Battle_of_al-Bab', 'infobox', 15, 15, null, 'more_than', 'APCs', 'apc'],
  ['At least eight Leopard 2 MBT', 'Battle_of_al-Bab', 'prose', 8, 8, null, 'at_least', 'Leopard 2 MBT', 'mbt'],
  ['almost half a dozen areas', 'Central_Syria_campaign', 'prose', 6, 6, 6, 'about', 'areas', 'area'],
  ['more than half a dozen locations', 'Central_Syria_campaign', 'prose', 6, 6, null, 'more_than', 'locations', 'location'],
  ['between 1,300 and 1,700 square kilometers', 'Central_Syria_campaign', 'prose', 1300, 1300, 1700, 'range', 'square kilometers', 'kilometer'],
];

it.each(SYRIA_IRAQ_CASES)('%s (%s, %s)', async (...row) => {
  await expectCorpusCase(...row);
});
