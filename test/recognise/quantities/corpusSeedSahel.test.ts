import { it } from 'vitest';
import { expectCorpusCase, type CorpusCase } from './_corpusCase.js';

// Quantities verbatim from the seed and the Sahel articles (fixture named in each row).
// [words, article, where, low, best, high, qualifier, unit, head]
export const SEED_SAHEL_CASES: CorpusCase[] = [
  ['4 Rafale fighter jets', 'Bombardment_of_Gao', 'infobox', 4, 4, 4, 'exact', 'Rafale fighter jets', 'jet'],
  ['60+ killed', 'Bombardment_of_Gao', 'infobox', 60, 60, null, 'more_than', 'killed', 'killed'],
  ['four Rafale fighter jets', 'Bombardment_of_Gao', 'prose', 4, 4, 4, 'exact', 'Rafale fighter jets', 'jet'],
  ['Two of the aircraft', 'Bombardment_of_Gao', 'prose', 2, 2, 2, 'exact', 'aircraft', 'aircraft'],
  // a frequency: three refuellings, counted as "time" for a later stage to tell from things
  ['three times', 'Bombardment_of_Gao', 'prose', 3, 3, 3, 'exact', 'times', 'time'],
  ['Around six hours', 'Bombardment_of_Gao', 'prose', 6, 6, 6, 'about', 'hours', 'hour'],
  ['forty minutes', 'Bombardment_of_Gao', 'prose', 40, 40, 40, 'exact', 'minutes', 'minute'],
  ['twelve laser-guided bombs', 'Bombardment_of_Gao', 'prose', 12, 12, 12, 'exact', 'laser-guided bombs', 'bomb'],
  ['nine air-to-surface missiles', 'Bombardment_of_Gao', 'prose', 9, 9, 9, 'exact', 'air-to-surface missiles', 'missile'],
  ['around two hours', 'Bombardment_of_Gao', 'prose', 2, 2, 2, 'about', 'hours', 'hour'],
  ['more than sixty jihadists', 'Bombardment_of_Gao', 'prose', 60, 60, null, 'more_than', 'jihadists', 'jihadist'],
  ['sixty dead', 'Bombardment_of_Gao', 'prose', 60, 60, 60, 'exact', 'dead', 'dead'],
  ['no civilian casualties', 'Bombardment_of_Gao', 'prose', 0, 0, 0, 'exact', 'civilian casualties', 'casualty'],
  ['between 5,000 and 10,000 fighters', 'Operation_Serval', 'infobox', 5000, 5000, 10000, 'range', 'fighters', 'fighter'],
  ['Between 600 and 1,000 killed', 'Operation_Serval', 'infobox', 600, 600, 1000, 'range', 'killed', 'killed'],
  ['109-300 captured', 'Operation_Serval', 'infobox', 109, 109, 300, 'range', 'captured', 'captured'],
  ['up to five C-17 Globemaster III transport planes', 'Operation_Serval', 'prose', null, 5, 5, 'up_to', 'C-17 Globemaster III transport planes', 'plane'],
  ['four C-130 Hercules transport planes', 'Operation_Serval', 'prose', 4, 4, 4, 'exact', 'C-130 Hercules transport planes', 'plane'],
  ['some one-hundred kilometers', 'Operation_Serval', 'prose', 100, 100, 100, 'about', 'kilometers', 'kilometer'],
  ['less than two months', 'Operation_Serval', 'prose', null, 2, 2, 'fewer_than', 'months', 'month'],
  ['no losses', 'Operation_Serval', 'prose', 0, 0, 0, 'exact', 'losses', 'loss'],
  ['Dozens of Islamist fighters', 'Operation_Serval', 'prose', 12, 12, null, 'vague', 'Islamist fighters', 'fighter'],
  ['Several dozens of Special Forces soldiers', 'Battle_of_Boulikessi', 'infobox', 12, 12, null, 'vague', 'Special Forces soldiers', 'soldier'],
  ['More than 50 militants', 'Battle_of_Boulikessi', 'infobox', 50, 50, null, 'more_than', 'militants', 'militant'],
  ['About fifty weapons', 'Battle_of_Boulikessi', 'prose', 50, 50, 50, 'about', 'weapons', 'weapon'],
  ['about sixty neutralized jihadists', 'Battle_of_Boulikessi', 'prose', 60, 60, 60, 'about', 'neutralized jihadists', 'jihadist'],
  ['a dozen technicals', 'Tongo_Tongo_ambush', 'prose', 12, 12, 12, 'about', 'technicals', 'technical'],
  ['eight US Special Forces operators', 'Tongo_Tongo_ambush', 'prose', 8, 8, 8, 'exact', 'US Special Forces operators', 'operator'],
  ['three or four dozen Maute', 'Siege_of_Marawi', 'prose', 36, 36, 48, 'range', 'Maute', 'maute'],
  ['Dozens of gunmen', 'Siege_of_Marawi', 'prose', 12, 12, null, 'vague', 'gunmen', 'gunman'],
  ['At least eleven civilians', 'Siege_of_Marawi', 'prose', 11, 11, null, 'at_least', 'civilians', 'civilian'],
  ['two wives', 'Siege_of_Marawi', 'prose', 2, 2, 2, 'exact', 'wives', 'wife'],
  ['500 to 700 MNLF fighters', 'Siege_of_Marawi', 'prose', 500, 500, 700, 'range', 'MNLF fighters', 'fighter'],
];

it.each(SEED_SAHEL_CASES)('%s (%s, %s)', async (...row) => {
  await expectCorpusCase(...row);
});
