import { describe, expect, it } from 'vitest';
import { nameRecognisers, recognise } from '../../../src/recognise/index.js';
import { countryOnlyLexicon } from '../../helpers/countryLexicon.js';
import { sentenceArticle } from '../../helpers/sentenceArticle.js';

const lexicon = countryOnlyLexicon();

type Expected = [words: string, kind: 'actor' | 'person' | 'place' | 'group'];

// Sentences verbatim from the corpus (article cited), with names that must come out of them and their kind.
const CASES: [article: string, sentence: string, expected: Expected[]][] = [
  ['Bombardment_of_Gao', 'On January 13, 2013, as one of the first actions of French intervention in Mali, French planes bombed the city of Gao, which was controlled by the jihadist Movement for Oneness and Jihad in West Africa (MOJWA).', [['French planes', 'actor'], ['Mali', 'place'], ['Gao', 'place'], ['Movement for Oneness and Jihad in West Africa', 'actor'], ['MOJWA', 'actor'], ['jihadist', 'group']]],
  ['Bombardment_of_Gao', 'In early 2012, moderate Tuareg rebels of the National Movement for the Liberation of Azawad (MNLA) launched an offensive against Malian forces in northern Mali, capturing swathes of territory including the cities of Kidal and Ménaka.', [['Tuareg rebels', 'group'], ['National Movement for the Liberation of Azawad', 'actor'], ['MNLA', 'actor'], ['Malian forces', 'actor'], ['Kidal', 'place'], ['Ménaka', 'place']]],
  ['Bombardment_of_Gao', 'On the same day of the Gao bombings, French forces also bombed an Ansar Dine base in Aghabo, Kidal Region.', [['French forces', 'actor'], ['Ansar Dine', 'actor'], ['Aghabo', 'place'], ['Kidal Region', 'place']]],
  ['Bombardment_of_Gao', 'The aircraft flew over Morocco and Mauritania to avoid Algerian airspace.', [['Morocco', 'place'], ['Mauritania', 'place'], ['Algerian airspace', 'place']]],
  // a demonym before a word for a settlement and "of" a name describes that name: the name is the place, the phrase no second one
  ['Battle_of_Darayya_(November_2012–February_2013)', 'The Syrian town of Darayya, which has been under government siege since 2012, has achieved an agreement that would allow opposition fighters and people to flee.', [['Darayya', 'place']]],
  // an Arabic article other than "al" glued by a hyphen inside a name keeps the name whole
  ['Battle_of_Idlib_(2015)', 'Ahrar ash-Sham issued a statement where it called for a unified Sharia-based management of the city of Idlib by the groups that captured it.', [['Ahrar ash-Sham', 'actor']]],
  ['Eastern_Ukraine_campaign', 'Late on 29 March, local officials reported a series of explosions outside the Russian city of Belgorod, close to the border with Ukraine.', [['Belgorod', 'place'], ['Ukraine', 'place']]],
  ['Bombardment_of_Gao', 'They refueled three times during the journey; once over Spain, once over Mauritania and again near the Mauritanian-Malian border.', [['Spain', 'place'], ['Mauritania', 'place'], ['Mauritanian-Malian border', 'place']]],
  ['Bombardment_of_Gao', 'French defense minister Jean-Yves Le Drian stated that "training camps, infrastructure and logistics depots constituting the rear bases of the terrorist groups" were destroyed during the bombardment.', [['Jean-Yves Le Drian', 'person']]],
  ['Bombardment_of_Gao', "Following the strikes, the planes flew eastward for around two hours before landing at the N'Djamena airbase around 4:30pm.", [["N'Djamena", 'place']]],
  ['Bombardment_of_Gao', 'Residents of Gao stated there were no civilian casualties during the bombings.', [['Residents of Gao', 'group']]],
  ['Bombardment_of_Gao', 'The Firhoun and Bourem military camps were destroyed, and another camp in the center of Gao was destroyed.', [['Firhoun', 'place'], ['Bourem', 'place'], ['Gao', 'place']]],
  ['2017_Mayadin_offensive', "The offensive was concurrent with the Raqqa campaign conducted by the Syrian Democratic Forces (SDF) against ISIL's former de facto capital city and stronghold in Syria, as well as the Western Anbar campaign in Iraq.", [['Syrian Democratic Forces', 'actor'], ['SDF', 'actor'], ['Syria', 'place'], ['Iraq', 'place']]],
  ['2020–2021_Ayn_Issa_clashes', 'On December 10, the Syrian Observatory for Human Rights (SOHR) reported that 7,000 people had fled their homes in Ayn Issa over the past month, fearing a Turkish military campaign.', [['Syrian Observatory for Human Rights', 'actor'], ['SOHR', 'actor'], ['Ayn Issa', 'place']]],
  ['2019_Turkish_offensive_into_north-eastern_Syria', 'On 1 November 2019, Turkish and Russian forces started joint patrol.', [['Russian forces', 'actor']]],
  ['2022_Deliatyn_attack', 'The 2022 Deliatyn attack was a blow to the underground warehouse of missiles and aviation ammunition of Ukrainian troops in Deliatyn, Ivano-Frankivsk Oblast.', [['Ukrainian troops', 'actor'], ['Deliatyn', 'place'], ['Ivano-Frankivsk Oblast', 'place']]],
  ['2016_Nagorno-Karabakh_conflict', 'Also, according to the Azerbaijani Ministry of Defence, on 7 April, an Armenian "X-55" style drone was shot down by Azerbaijani forces while trying to fly over the frontline.', [['Azerbaijani forces', 'actor']]],
  ['2017_Mosul_airstrike', 'The Iraqi Army temporarily stopped its advance into western Mosul following the airstrike.', [['Iraqi Army', 'actor']]],
  ['2016_Nagorno-Karabakh_conflict', 'Later, Defence Minister Zakir Hasanov stated that if shelling of Azerbaijani settlements by Armenian forces did not cease, Azerbaijan would consider launching an artillery bombardment on Stepanakert.', [['Zakir Hasanov', 'person'], ['Armenian forces', 'actor'], ['Azerbaijan', 'place'], ['Stepanakert', 'place']]],
  ['Aleppo_offensive_(November–December_2016)', 'The Russian military accused the rebels of breaking the ceasefire, stating that although the Army had observed it, the rebels fired at a convoy meant for evacuation, while Turkish President Recep Tayyip Erdoğan accused the Syrian Army of breaking it.', [['Russian military', 'actor'], ['rebels', 'group'], ['Recep Tayyip Erdoğan', 'person'], ['Syrian Army', 'actor']]],
  ['2014_Eastern_Syria_offensive', 'According to some reports, militants breached the base and killed General Mozid Salama along with 20 of his men.', [['militants', 'group'], ['Mozid Salama', 'person']]],
  ['2014_Eastern_Syria_offensive', '300 other soldiers were still held up in the village of Al Rahyat.', [['Al Rahyat', 'place']]],
  ['Battle_of_Aleppo_(2012–2016)', 'SOHR and a witness later said that Syrian government forces had entered the areas controlled by the Kurdish fighters.', [['Kurdish fighters', 'group']]],
  ['Battle_of_Volnovakha', 'Russian and DPR forces engaged Ukrainian forces at the small city of Volnovakha in Donetsk Oblast, which is located close to the Ukrainian-DPR border.', [['Ukrainian forces', 'actor'], ['Volnovakha', 'place'], ['Donetsk Oblast', 'place']]],
  ['Battle_of_Volnovakha', 'On 25 February, the second day of the invasion, Russian forces shelled Volnovakha, hitting civilian areas.', [['Russian forces', 'actor']]],
  ['Fall_of_Mosul', 'The fall of Mosul occurred between 410 June 2014, when Islamic State insurgents, initially led by Abu Abdulrahman al-Bilawi, captured Mosul from the Iraqi Army, led by Lieutenant General Mahdi Al-Gharrawi.', [['Islamic State insurgents', 'group'], ['Iraqi Army', 'actor'], ['Mahdi Al-Gharrawi', 'person']]],
  ['Fall_of_Mosul', 'A former commander of the Iraqi ground forces, Ali Ghaidan, accused former Prime Minister Nuri al-Maliki of being the one who issued the order to withdraw from the city of Mosul.', [['Nuri al-Maliki', 'person'], ['Mosul', 'place']]],
  ['Fall_of_Mosul', 'Iraqi forces initiated an offensive on October 17, 2016, to retake the city; the Battle of Mosul ended in its liberation the following July.', [['Iraqi forces', 'actor']]],
  ['2022_Chornobaivka_attacks', "Chornobaivka, located in Ukraine's Kherson Oblast, has seen a total of 39 attacks on Russian positions by the Ukrainian Armed Forces following a bombing and takeover by the Russian Armed Forces of the town's airport.", [['Kherson Oblast', 'place'], ['Ukrainian Armed Forces', 'actor'], ['Russian Armed Forces', 'actor']]],
  ['2022_Chornobaivka_attacks', 'According to Ukraine, these attacks resulted in the death of the Russian general Yakov Rezantsev of the 49th Combined Arms Army on 24 March.', [['Yakov Rezantsev', 'person']]],
  ['MINUSMA_super_camp_attack', 'On 14 April 2018, militants attacked the MINUSMA base in Timbuktu Airport, known informally as the "super camp".', [['militants', 'group'], ['Timbuktu Airport', 'place']]],
  ['MINUSMA_super_camp_attack', 'JNIM militants began their attack on 14 April 2018 by launching 11 rockets and mortar shells at the MINUSMA super camp.', [['JNIM militants', 'group']]],
  ['Battle_of_Boulikessi', 'On November 2, the French Minister of the Armed Forces, Florence Parly, announced that more than 50 jihadists had been neutralized in the operation.', [['Florence Parly', 'person'], ['jihadists', 'group']]],
  ['Operation_Serval', 'Operation Serval (Opération Serval) was a French military operation in Mali.', [['Mali', 'place']]],
  ['Operation_Serval', 'The aim of the operation was to oust Islamic militants from the north of Mali, who had begun a push into the center of Mali.', [['Islamic militants', 'group'], ['Mali', 'place']]],
  ['Operation_Serval', "In January 2012, following an influx of weapons that occurred after the Libyan Civil War, Tuareg tribesmen of the National Movement for the Liberation of Azawad (MNLA) began a rebellion against Mali's central government.", [['Tuareg tribesmen', 'group'], ['National Movement for the Liberation of Azawad', 'actor'], ['MNLA', 'actor']]],
  ['Operation_Serval', 'In June 2012, the MNLA came into conflict with the Islamist groups Ansar Dine and the Movement for Oneness and Jihad in West Africa (MOJWA), after the Islamists began imposing Sharia in Azawad.', [['Movement for Oneness and Jihad in West Africa', 'actor'], ['MOJWA', 'actor'], ['Islamists', 'group'], ['Azawad', 'place']]],
  ['Attack_on_Nova_Kakhovka', 'On 11 July 2022, Ukrainian forces launched a missile attack on the Russian-occupied city of Nova Kakhovka during the 2022 Russian invasion of Ukraine.', [['Ukrainian forces', 'actor'], ['Nova Kakhovka', 'place'], ['Ukraine', 'place']]],
  ['Attack_on_Nova_Kakhovka', 'Ukraine claimed that 52 Russian soldiers were killed, and that 12 officers died including 22nd Army Corps Major General Artem Nasbulin.', [['Russian soldiers', 'actor'], ['Artem Nasbulin', 'person']]],
  ['Attack_on_Nova_Kakhovka', 'Russian propaganda and that many civilians in the town were happy at the idea of the Ukrainian forces being closer to the city.', [['civilians', 'group'], ['Ukrainian forces', 'actor']]],
  ['Battle_of_Al-Malihah', 'On 3 April, the Syrian Arab Army launched a "large-scale military operation" in a bid to capture the rebel-held town of Al-Malihah and several surrounding towns and villages southeast of Damascus.', [['Syrian Arab Army', 'actor'], ['Al-Malihah', 'place']]],
  ['Battle_of_Al-Malihah', 'The Army also stepped up its operations in the Jobar neighborhood.', [['Jobar', 'place']]],
  ['Battle_of_Al-Malihah', 'By the next day, 26 rebels were killed by the clashes and air raids.', [['rebels', 'group']]],
  ['Battle_of_Mosul_(2016–2017)', 'The Iraqi-led coalition was initially estimated by CNN to have 94,000 members, but this number was later revised upward to 108,500; 54,000 to 60,000 Iraqi security forces (ISF) soldiers, 16,000 Popular Mobilization Forces (PMF) fighters (also referred to as PMU), and 40,000 Peshmerga (including 2,000 Kurdish fighters).', [['Iraqi security forces', 'actor'], ['Popular Mobilization Forces', 'actor'], ['PMF', 'actor'], ['Kurdish fighters', 'group']]],
  ['2016_Nagorno-Karabakh_conflict', 'Armenian Ministry of Defence spokesman Artsrun Hovhannisyan sharply accused Azerbaijan of launching an unprovoked coordinated ground offensive against Armenia\'s forces, saying the Azerbaijani military used warplanes, tanks and artillery to try to make inroads into Nagorno-Karabakh.', [['Artsrun Hovhannisyan', 'person'], ['Azerbaijani military', 'actor']]],
  ['Battle_of_Boulikessi', 'The spokesman for the staff, Frédéric Barbry, also mentions the capture of four combatants.', [['Frédéric Barbry', 'person']]],
  ['Battle_of_Al-Malihah', 'On 16 July, it was reported that the al-Nusra Front detonated a suicide car bomb followed by heavy clashes in an attempt to lift the Army siege of hundreds of rebels in Al-Malihah.', [['al-Nusra Front', 'actor'], ['Al-Malihah', 'place']]],
  ['Siege_of_Base_46', 'Sheikh Suleiman finally fell to rebels led by the jihadist group Jabhat al-Nusra on 10 December.', [['jihadist group', 'group'], ['rebels', 'group']]],
  ['Siege_of_Base_46', 'On 18 November, rebel forces stormed and entered Base 46, clearing all resistance by the following day.', [['Base 46', 'place']]],
  ['Siege_of_Base_46', 'On 21 November, the Syrian Observatory for Human Rights reported that rebels had on the previous day stormed the besieged base of the 111th Regiment at Sheikh Suleiman, located north of Base 46.', [['111th Regiment', 'actor'], ['Sheikh Suleiman', 'place'], ['Base 46', 'place']]],
  ['Siege_of_Base_46', 'On 22 September, rebels seized the adjacent village of Urum al-Kubrah from "pro-government militias", opening the way to lay siege to the base.', [['pro-government militias', 'group'], ['Urum al-Kubrah', 'place']]],
  ['2022_Chornobaivka_attacks', 'On 18 March, a new Ukrainian attack on Chornobaivka targeted the position of the 8th Guards Combined Arms Army, allegedly killing its commander, lieutenant general Andrey Mordvichev.', [['8th Guards Combined Arms Army', 'actor']]],
  ['Battle_of_Volnovakha', 'On February 25, DPR forces captured the nearby town of Mykolaivka according to Russian media.', [['DPR', 'actor'], ['Mykolaivka', 'place']]],
  ['Battle_of_Volnovakha', 'The Associated Press confirmed that the city had been captured by pro-Russian separatists and much of it had been destroyed in the fighting.', [['pro-Russian separatists', 'group']]],
  // a formation's number after its word is part of its name
  ['2014_Eastern_Syria_offensive', 'On 26 July, ISIL took control of Division 17 after government forces retreated, following two days of fighting.', [['Division 17', 'actor']]],
  ['Battle_of_Maarat_al-Numan_(2016)', 'According to social media activists in support of the Syrian opposition, Jabhat al-Nusra attacked Division 13 over local protesters and demonstrations.', [['Division 13', 'actor']]],
  // a building's name is a site, whatever group word ("State") stands inside it
  ['Battle_of_Mykolaiv', 'On 17 August, two missiles hit Petro Mohyla Black Sea State University.', [['Petro Mohyla Black Sea State University', 'place']]],
];

it('reads no country in "pro-Russian" or "anti-Assad" stances', () => {
  const article = recognise(sentenceArticle('The city had been captured by pro-Russian separatists.'), nameRecognisers(lexicon), null);
  expect(article.mentions.filter((m) => m.kind === 'actor' && article.text.slice(m.span.start, m.span.end) === 'Russian')).toEqual([]);
});

// Battle_of_Maaloula.txt ("a truck driven by a Jordanian suicide bomber exploded near a checkpoint of the Syrian Army"), own words
it('reads a nationality, not a state, in "a Jordanian suicide bomber"; a state in "Jordanian forces"', () => {
  const actors = (text: string) => {
    const article = recognise(sentenceArticle(text), nameRecognisers(lexicon), null);
    return article.mentions.filter((m) => m.kind === 'actor').map((m) => article.text.slice(m.span.start, m.span.end));
  };
  expect(actors('A car driven by a Jordanian suicide bomber exploded at the gate.')).toEqual([]);
  expect(actors('Saudi jihadists and Tunisian gunmen held the hill.')).toEqual([]);
  expect(actors('Jordanian forces held the hill.')).toEqual(['Jordanian forces']);
});

// Battle_of_al-Hasakah_(2016).txt: "a series of powerful offensives by the Islamic State of Iraq and the Levant brought
// much of al-Hasakah Governorate under the group's control … the YPG launched a counter-offensive against ISIL"
it('reads one name across "and" when the article abbreviates both halves, and two names otherwise', () => {
  const names = (text: string) => {
    const article = recognise(sentenceArticle(text), nameRecognisers(lexicon), null);
    return article.mentions.filter((m) => m.kind === 'actor' || m.kind === 'place').map((m) => article.text.slice(m.span.start, m.span.end));
  };
  const withAcronym = names('Offensives by the Islamic State of Iraq and the Levant took the province. Months later the YPG drove ISIL out.');
  expect(withAcronym).toContain('Islamic State of Iraq and the Levant');
  expect(withAcronym).not.toContain('Levant');
  // no acronym spells both halves: two names, as in "the cities of Kidal and Ménaka"
  expect(names('Offensives by the Islamic State of Iraq and the Levant took the province.')).not.toContain('Islamic State of Iraq and the Levant');
  expect(names('Fighting spread to the Armed Forces of Ukraine and the National Guard of Ukraine, the AFU said.')).not.toContain('Armed Forces of Ukraine and the National Guard of Ukraine');
});

// Eastern_Ukraine_campaign.txt ("explosions outside the Russian city of Belgorod"), own words: the phrase before
// "of" a name describes that name, so it is no second place an event could be put at or aimed against
it('reads "the Ukrainian city of X" as X alone, and "Algerian airspace" or "a Ukrainian city" as a place', () => {
  const places = (text: string) => {
    const article = recognise(sentenceArticle(text), nameRecognisers(lexicon), null);
    return article.mentions.filter((m) => m.kind === 'place').map((m) => article.text.slice(m.span.start, m.span.end));
  };
  expect(places('Artillery shelled the Ukrainian city of Lysychansk.')).toEqual(['Lysychansk']);
  expect(places('Artillery shelled the Malian locality of the Bourem Circle.')).not.toContain('Malian locality');
  expect(places('Artillery shelled a Ukrainian city overnight.')).toEqual(['Ukrainian city']);
  expect(places('The planes avoided Algerian airspace.')).toEqual(['Algerian airspace']);
});

describe.each(CASES)('%s: %s', (_article, sentence, expected) => {
  const article = recognise(sentenceArticle(sentence), nameRecognisers(lexicon), null);
  const found = article.mentions.filter((m) => m.kind === 'actor' || m.kind === 'person' || m.kind === 'place' || m.kind === 'group');
  const words = found.map((m) => [article.text.slice(m.span.start, m.span.end), m.kind]);
  it.each(expected.length > 0 ? expected : [['(none required)', 'actor'] as Expected])('finds %s as %s', (text, kind) => {
    if (text === '(none required)') return;
    expect(words).toContainEqual([text, kind]);
  });
});

// own words: a year after a formation's word is no part of its name
it('reads no year into a formation\'s name ("the Division 2014 offensive")', () => {
  const article = recognise(sentenceArticle('The Division 2014 offensive failed.'), nameRecognisers(lexicon), null);
  expect(article.mentions.map((m) => article.text.slice(m.span.start, m.span.end))).not.toContain('Division 2014');
});

it('has at least 40 corpus cases', () => {
  expect(CASES.length).toBeGreaterThanOrEqual(40);
});
