import { describe, expect, it } from 'vitest';
import type { AssembledArticle } from '../../src/assemble/index.js';
import { assembleText } from '../helpers/assembleText.js';

// readsAsNoun / tellsHappening / isAttributive (src/assemble/_readings.ts) and nounFrame (src/assemble/_nounFrames.ts),
// end to end: a trigger word read in context tells a happening, or tells none.

const name = (a: AssembledArticle, id: string | null | undefined): string | null => (id ? (a.entities.find((e) => e.id === id)?.name ?? null) : null);
/** Each event as "sub-type by actor1". */
const told = (body: string): string[] => {
  const a = assembleText(body);
  return a.events.map((e) => `${e.sub_event_type} by ${name(a, e.actor1)}`);
};

describe('a trigger read as telling a happening', () => {
  it.each([
    // readsAsNoun: "shelling" after a noun and before "was" is the noun (2012_Hama_offensive.txt)
    ['On 31 December 2012, Syrian Army shelling was reported on Halfaya, Syria.', ['Shelling/artillery/missile attack by Syria']],
    // readsAsNoun: an -ing form after "began" and before its object is the verb (Battle_of_Ramadi_(2015–2016).txt)
    ['On 9 July 2015, the Iraqi Army began shelling ISIL positions on the outskirts of Fallujah, Iraq.', ['Shelling/artillery/missile attack by Iraq']],
    // an offensive on a town is one event (Battle_of_Harem.txt)
    ['On 17 October 2012, the rebels launched an offensive on the town of Harem, Syria.', ['Armed clash by rebels']],
    // nounFrame occurrence: "clashes broke out" (Battle_of_Mosul_(2016–2017).txt)
    ['On 12 November 2016, heavy clashes broke out in the al-Salam neighborhood of east Mosul, Iraq.', ['Armed clash by null']],
    // nounFrame harm: "killed in an airstrike" (Deir_ez-Zor_campaign_(2017–2019).txt)
    ['On 12 January 2018, ISIL brigade commander Aysh al Dagestani was killed in an airstrike near Kashmah, Syria.', ['Air/drone strike by null']],
    // nounFrame circumstance: "amid heavy clashes" tells the fighting the entry was met with (Battle_of_Melitopol.txt)
    ['At 10:30 on 25 February 2022, Russian forces reportedly entered Melitopol, Ukraine, amid heavy clashes.', ['Armed clash by Russia']],
    // nounFrame support: the object of a verb of suffering
    ['On 5 March 2022, the town of Okhtyrka, Ukraine, endured heavy shelling.', ['Shelling/artillery/missile attack by null']],
    // tellsHappening: an infinitive after "managed" reports what happened (Siege_of_Deir_ez-Zor_(2014–2017).txt)
    ['On 9 July 2014, after four days of fighting, the military managed to capture the oil fields near Deir ez-Zor, Syria.', ['Government regains territory by Syria']],
    // tellsHappening: an infinitive after a means used reports what happened (Combat_operations_in_2013_during_the_Battle_of_Aleppo.txt, dated, placed)
    ['On 5 March 2013, rebels used GRAD rockets to strike the base in Aleppo, Syria.', ['Shelling/artillery/missile attack by rebels']],
    // but not a means told as a habit, in the passive
    ['In January 2013, the Police Academy in Aleppo, Syria, was used by the government to shell nearby areas.', []],
    // an advance told with an adverb between the verb and its particle (after Battle_of_al-Hasakah_(2015).txt: "ISIL advanced further into the city")
    ['On 28 June 2015, Syrian government forces advanced further into the city of al-Hasakah, Syria.', ['Armed clash by Syria']],
    // tellsHappening: "with" and a noun phrase make the -ing verb a clause of its own (Battle_of_Shevchenkove.txt)
    ['Fighting ended on September 8, 2022, with Ukrainian forces capturing all of Balakliia.', ['Government regains territory by Ukraine']],
    // isAttributive: a participle after a noun phrase is its verb (Battle_of_al-Haffah.txt)
    ['On 12 June 2012, the military recaptured al-Haffah, Syria.', ['Government regains territory by Syria']],
  ])('%s', (body, expected) => {
    expect(told(body)).toEqual(expected);
  });

  it('On 1 March 2022, over 70 Ukrainian troops were killed during an attack on a military barracks in Okhtyrka, Ukraine.', () => {
    // nounFrame harm, with the toll: Battle_of_Sumy.txt
    const a = assembleText('On 1 March 2022, over 70 Ukrainian troops were killed during an attack on a military barracks in Okhtyrka, Ukraine.');
    expect(a.events.map((e) => [e.event_type, name(a, e.actor2), name(a, e.location), e.fatalities.best])).toEqual([['Battles', 'Ukraine', 'Okhtyrka', 70]]);
  });
});

describe('a trigger read as telling no happening', () => {
  it.each([
    // isAttributive: "the captured town", "Russian-occupied Kherson", "two captured Armenians"
    ['On 5 March 2022, Russian forces shelled the captured town of Kherson, Ukraine.', ['Shelling/artillery/missile attack by Russia']],
    ['On 5 March 2022, Russian forces shelled Russian-occupied Kherson, Ukraine.', ['Shelling/artillery/missile attack by Russia']],
    // Battle_of_Hadrut.txt (trimmed)
    ['On 15 October 2020, a video surfaced of two captured Armenians being executed in Hadrut, Azerbaijan, by Azerbaijani soldiers.', ['Attack by Azerbaijan']],
    // Battle_of_Anadan.txt (trimmed, dated): the soldiers were besieged by no one this sentence tells of
    ['On 10 January 2013, the besieged government soldiers called in artillery strikes from batteries based in Aleppo, Syria, which pounded areas surrounding the checkpoint.', ['Shelling/artillery/missile attack by Syria']],
    ['On 2 April 2022, burned Russian equipment was seen in Bucha, Ukraine.', []],
    // kindNamed: a bare plural with no place where it struck names a kind of happening (2016_Nagorno-Karabakh_conflict.txt
    // "a statement that condemns … attacks on civilian objects"; 2017_Jobar_offensive.txt "responded with airstrikes on
    // Misraba, Saqba and Ayn Tarma"), own words
    ['On 4 April 2016, Armenian forces shelled Tartar, Azerbaijan. In April 2016, an ombudsman issued a statement that condemns any violation of the rights of civilians and attacks on civilian objects.', ['Shelling/artillery/missile attack by Armenia']],
    ['On 4 April 2016, Armenian forces shelled Tartar, Azerbaijan. According to a lawyer, attacks against a journalist are simply diverting attention.', ['Shelling/artillery/missile attack by Armenia']],
    ['On 5 April 2016, the air force responded with airstrikes on Tartar and Barda, Azerbaijan.', ['Air/drone strike by null', 'Air/drone strike by null']],
    // STILL_HELD: a hold that lasts is no taking (Battle_of_Enerhodar.txt "stated that Russian forces still occupied the
    // perimeter of the city"; Battle_of_the_Shaer_gas_field_(July_2014).txt "remained captured"), own words; taken, it is one
    ['On 5 March 2022, officials stated that Russian forces still occupied the perimeter of Enerhodar, Ukraine.', []],
    ['On 5 March 2022, officials stated that Russian forces occupied the perimeter of Enerhodar, Ukraine.', ['Armed clash by Russia']],
    // saysUnreal: a pause is no fighting (Battle_of_Baghuz_Fawqani.txt "a lull in fighting"; Aleppo_offensive_(November–December_2016).txt
    // "a cessation of bombardment on rebel-held areas was implemented", own words)
    ['Despite a lull in the fighting by 4 April 2022, Russian jets bombed the outskirts of Sumy, Ukraine, throughout May 2022.', ['Air/drone strike by Russia']],
    ['On 13 December 2016, a cessation of bombardment on rebel-held areas of Aleppo, Syria, was implemented.', []],
    // saysUnreal: a fear or a danger is no happening (Battle_of_Harem.txt "in fear of a massacre if the opposition started
    // to bombard the castle"; Siege_of_Chernihiv.txt "the threat of shelling", own words)
    ['On 31 October 2012, 4,000 civilians sheltered in the fortress of Harem, Syria, in fear of a massacre by the rebels.', []],
    ['On 2 May 2014, villagers left Kobani, Syria, under the threat of shelling by ISIL.', []],
    // Battle_of_al-Bab.txt (dated, placed)
    ['On 14 December 2016, Amaq News Agency posted video of the captured vehicles near al-Bab, Syria.', []],
    // tellsHappening: a reduced relative (Capture_of_Chernobyl.txt, trimmed)
    ['On 31 March 2022, the Russian troops occupying the area around Chernobyl, Ukraine, had withdrawn.', []],
    // tellsHappening: an infinitive of aim; the offensive is told, the capture is not (Battle_of_Harem.txt, 2019_Turkish_offensive_into_north-eastern_Syria.txt)
    ['On 17 October 2012, the rebels launched an offensive to capture the town of Harem, Syria, which dominates a strategic route to the city of Aleppo.', ['Armed clash by rebels']],
    ['On 9 October 2019, Turkey and the SNA launched an offensive to capture Manbij, Syria.', ['Armed clash by Türkiye']],
    // tellsHappening: a passive told in passing (Operation_Serval.txt)
    ['This marked the ninth death among French soldiers killed in support of operations in Mali.', []],
    // nounFrame: a campaign named after a place (Battle_of_Okhtyrka.txt, the attack added)
    ['On 24 February 2022, Russian forces attacked Okhtyrka, Ukraine, as part of the Northeastern Ukraine offensive during the 2022 Russian invasion of Ukraine.', ['Armed clash by Russia']],
    // nounFrame: a campaign named after a year
    ['Thousands of residents fled Aleppo, Syria, during the 2016 offensive.', []],
    // nounFrame: a noun modifying a head (Operation_Serval.txt, trimmed)
    ['On 14 January 2013, the French Army Light Aviation transported Eurocopter Tiger HAP attack helicopters to Gao, Mali.', []],
    // nounFrame: a capitalised name
    ['The Battle of Harem was a battle of the Syrian civil war.', []],
    // nounFrame: the complement of a noun that befell it (2016_Nagorno-Karabakh_conflict.txt, dated)
    ['In 2015, more than 100 breaches of the ceasefire were reported.', []],
    // nounFrame: the head a trigger modifies (2019_Turkish_offensive_into_north-eastern_Syria.txt, dated)
    ['On 20 October 2019, both sides stated that the other side made ceasefire violations.', []],
    // reported: an offensive told only of a region is a campaign (Battle_of_Donbas_(2022).txt, dated)
    ['Starting on 5 November 2022, Russian forces launched a renewed offensive in southern Donetsk Oblast, Ukraine.', []],
    // reported: ... or of a part of the country (Operation_Serval.txt, trimmed)
    ['The French and Malian forces launched a major ground offensive into the North of the country for the first time on 16 January 2013.', []],
  ])('%s', (body, expected) => {
    expect(told(body)).toEqual(expected);
  });
});

describe('a noun with "the" refers back, unless what it befell is one more', () => {
  const rowsOf = (body: string): string[] => assembleText(body).events.map((e) => `${e.sub_event_type} on ${e.date?.start ?? '?'}`);
  it('joins "the destruction of the depot" to the strike told before it', () => {
    // 2022_Chornobaivka_attacks.txt (trimmed): the confirmation of a strike already told is no second strike
    expect(rowsOf('On 13 July 2022, Ukrainian forces struck a Russian ammunition depot at Chornobaivka, Ukraine. On 27 July, the Operational Command South confirmed the destruction of the depot.'))
      .toHaveLength(1);
  });
  it('keeps "the destruction of another depot" a happening of its own', () => {
    // 2022_Chornobaivka_attacks.txt (trimmed): "another" says a second depot, so a second strike
    expect(rowsOf('On 13 July 2022, Ukrainian forces struck a Russian ammunition depot at Chornobaivka, Ukraine. On 27 July, the Operational Command South confirmed the destruction of another Russian ammunition depot in Chornobaivka.'))
      .toHaveLength(2);
  });
});

// the object: a spaced dash opens an aside, whose names are not whom the trigger struck (Third_Battle_of_Fallujah.txt, dated, placed)
it('reads no target in an aside after a spaced dash', () => {
  const a = assembleText('On 22 May 2016, a Shia militia launched rockets at Fallujah, Iraq – referring to Nimr al-Nimr, the Shia cleric executed by Saudi Arabia.');
  expect(a.events.map((e) => [e.sub_event_type, e.provenance['actor2']?.from ?? null])).not.toContainEqual(['Shelling/artillery/missile attack', 'prose']);
  const plain = assembleText('On 22 May 2016, a Shia militia launched rockets at Fallujah, Iraq, against the Islamic State.');
  expect(plain.events.map((e) => [e.sub_event_type, e.provenance['actor2']?.from ?? null])).toContainEqual(['Shelling/artillery/missile attack', 'prose']);
});

// Northwestern_Syria_offensive_(April–August_2019).txt (names spelt out, dated, placed): a deal struck is an agreement, never a strike
it('reads "struck a peace deal" as no strike', () => {
  const a = assembleText('On 10 January 2019, the National Front for Liberation struck a peace deal with Hayat Tahrir al-Sham in Idlib, Syria.');
  expect(a.events.map((e) => e.event_type)).not.toContain('Explosions/Remote violence');
  const strike = assembleText('On 10 January 2019, the National Front for Liberation struck Hayat Tahrir al-Sham positions in Idlib, Syria, with missiles.');
  expect(strike.events.map((e) => e.event_type)).toContain('Explosions/Remote violence');
});

describe('byAfter: the doer after "by" is the name right after it, past modifiers only', () => {
  const actor1 = (body: string, infobox: Record<string, string> = {}) => {
    const a = assembleText(body, infobox);
    return a.events.map((e) => name(a, e.actor1));
  };
  it('not a name after the verb of a clause the "by" opens (Northern_Iraq_offensive_(June_2014).txt, dated, placed)', () => {
    const body = 'On 13 June 2014, journalists from Al-Monitor embedded in Mosul, Iraq, reported that repeated airstrikes by the government made ISIL militants depart from conspicuous positions within the cities.';
    expect(actor1(body, { Combatant1: 'Iraq', Combatant2: 'Islamic State of Iraq and the Levant' })).not.toContain('Islamic State of Iraq and the Levant');
  });
  it('but a doer behind a participle (Aleppo_offensive_(November–December_2016).txt, dated, placed)', () => {
    const body = 'On 22 December 2016, 63 soldiers and pro-government militiamen were killed by booby traps left by the retreating rebels in Aleppo, Syria.';
    expect(actor1(body, { Combatant1: 'Syria', Combatant2: 'Syrian opposition' })).toEqual(['rebels']);
  });
});

// Rif_Dimashq_offensive_(August–October_2012).txt (dated, placed, a heading before): "that" after a verb opens a clause
describe('nounFrame: "reported that airstrikes killed" tells airstrikes of their own, no back-reference', () => {
  const attack = 'The offensive began in August.\n\n== Offensive ==\n\nOn 27 August 2012, rebels attacked government positions in Saqba, Syria.';
  const rows = (a: ReturnType<typeof assembleText>) => a.events.map((e) => [e.sub_event_type, name(a, e.location), e.fatalities.best]);
  it('a new strike after "reported that"', () => {
    const a = assembleText(`${attack} Following the attacks, opposition activists reported that airstrikes killed 60 people in Zamalka.`);
    expect(rows(a)).toEqual([['Armed clash', 'Saqba', null], ['Air/drone strike', 'Zamalka', 60]]);
  });
  it('but "that attack" still points back', () => {
    const a = assembleText(`${attack} Activists said 60 people were killed in that attack.`);
    expect(rows(a)).toEqual([['Armed clash', 'Saqba', 60]]);
  });
});

// 2017_Mosul_airstrike.txt, Battle_of_Irpin.txt (dated, placed): who is described between commas before "stated" tells
it('reads no source described before ", stated" as the doer', () => {
  const a = assembleText('On 14 March 2022, a member of Irpin City Council, stated that half of Irpin, Ukraine, was occupied by Russian forces.', { Combatant1: 'Ukraine', Combatant2: 'Russia' });
  expect(a.events.map((e) => [name(a, e.actor1), name(a, e.actor2)])).toEqual([['Russia', 'Ukraine']]);
});

// 2022_Snake_Island_campaign.txt (dated, placed, the claimant named): arms named by their weapon are no strike
it('reads "two anti-aircraft missile complex Strela-10 destroyed" as arms, not a missile strike', () => {
  const a = assembleText('From 26 to 30 April 2022, Ukraine claimed strikes on the Russian forces on Snake Island, Ukraine, left a control post hit and two anti-aircraft missile complex Strela-10 destroyed.');
  expect(a.events.map((e) => [name(a, e.actor1), name(a, e.actor2)])).toEqual([['Ukraine', 'Russia']]);
});

// 2017_Mosul_airstrike.txt (dated; the lead shortened): a rate of strikes tells none of them; a number of strikes tells them
it('reads "an increase in the rate of drone strikes" as no strike', () => {
  const told = (words: string) => assembleText(`The airstrike hit Mosul.\n\n== Aftermath ==\n\nOn 20 March 2017, the Iraqi Observatory for Human Rights ${words} and reported 3,846 civilian deaths and the destruction of 10,000 homes since the offensive into western Mosul began.`).events.filter((e) => e.date?.start === '2017-03-20');
  expect(told('corroborated an increase in the rate of drone strikes')).toEqual([]);
  expect(told('counted a number of drone strikes')).toHaveLength(1);
});

describe('what a clause names around its trigger', () => {
  const rows = (body: string, infobox: Record<string, string> = {}) => {
    const a = assembleText(body, infobox);
    return a.events.map((e) => `${e.sub_event_type}: ${name(a, e.actor1)} → ${name(a, e.actor2)} @ ${name(a, e.location)}`);
  };
  const UA = { Combatant1: 'Ukraine', Combatant2: 'Russia' };
  it.each([
    // betweenPair, splitLists, the object: "between" in another clause, before places, names no pair, no
    // list and no target; the side struck is the infobox's (Battle_of_Zabadani_(2015).txt, shaped)
    ['On 21 July 2015, Syrian government troops shelled the Zabadani plains, while the tunnel between Zabadani and Madaya was still held by al-Nusra Front.', { Combatant1: 'Syria', Combatant2: 'Hezbollah' }, ['Shelling/artillery/missile attack: Syria → Hezbollah @ Zabadani']],
    // splitLists: the places a road heads towards are not where it was shelled (our words)
    ['On 4 March 2022, Russian forces shelled the road from Sumy towards Romny and Okhtyrka.', UA, ['Shelling/artillery/missile attack: Russia → Ukraine @ Sumy']],
    // typeByActors: killing soldiers is a fight, and its other side is found as a fight's (Battle_of_Kharkiv_(2022).txt, dated, placed)
    ['On 18 July 2022, Ukrainian special forces killed 36 Russian soldiers near Kharkiv.', UA, ['Armed clash: Ukraine → Russia @ Kharkiv']],
    ['On 18 July 2022, Russian troops killed three civilians in Kharkiv, Ukraine.', UA, ['Attack: Russia → Civilians (Ukraine) @ Kharkiv']],
    // withdraw: the place left may be the verb's object (our words); an object that is no place is no withdrawal
    ['On 30 March 2022, Russian troops exited Bucha.', UA, ['Non-violent transfer of territory: Ukraine → Russia @ Bucha']],
    ['On 27 March 2022, Russia withdrew its troops in Sumy.', UA, []],
    // block: armed forces blocking a road is a strategic move against the other side, not a protest (our words)
    ['On 4 March 2022, Russian forces blocked the road from Sumy to Kharkiv.', UA, ['Other: Russia → Ukraine @ Sumy']],
  ] as const)('%s', (body, infobox, expected) => {
    expect(rows(body, infobox)).toEqual(expected);
  });
});
