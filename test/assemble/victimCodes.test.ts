import { describe, expect, it } from 'vitest';
import type { AssembledArticle } from '../../src/assemble/index.js';
import { assembleText } from '../helpers/assembleText.js';

// codeVictims (src/assemble/_victims.ts), with civilianTarget (src/assemble/_civilianTargets.ts) before it:
// ACLED's "Civilians (<country>)" and "Protesters (<country>)" conventions.

const name = (a: AssembledArticle, id: string | null | undefined): string | null => (id ? (a.entities.find((e) => e.id === id)?.name ?? null) : null);
/** Each event as [sub-type, actor1, actor2, where actor2 came from]. */
const coded = (a: AssembledArticle) => a.events.map((e) => [e.sub_event_type, name(a, e.actor1), name(a, e.actor2), e.provenance['actor2']?.from ?? null]);

const UKRAINE_RUSSIA = { Combatant1: 'Ukraine', Combatant2: 'Russia' };

describe('codeVictims: violence against civilians and arrests are against "Civilians (<country>)"', () => {
  it.each([
    // 2019_Turkish_offensive_into_north-eastern_Syria.txt (trimmed, dated, the country added)
    ['On 10 October 2019, nine civilians were executed by the Ahrar al-Sharqiya fighters south of Tal Abyad, Syria.', ['Attack', 'Ahrar al-Sharqiya', 'Civilians (Syria)', 'prose'], 9],
    ['On 12 October 2019, Ahrar al-Sharqiya fighters executed Hevrin Khalaf near Tal Abyad, Syria.', ['Attack', 'Ahrar al-Sharqiya', 'Civilians (Syria)', 'rule:victims-civilians'], null],
    // Battle_of_Aleppo_(2012–2016).txt
    ['On 12 August 2011, at least two protesters were shot dead by security forces during a demonstration in Aleppo, Syria.', ['Attack', 'Syria', 'Civilians (Syria)', 'prose'], 2],
    // Battle_of_Darayya_(November_2012–February_2013).txt: arrests with no one named as arrested
    ['On 5 January 2013, the Syrian Army arrested Mohamed Zawahiri, the brother of the supreme leader of Al Qaida in Daraya.', ['Arrests', 'Syria', 'Civilians (Syria)', 'rule:victims-civilians'], null],
    // 2019_Turkish_offensive_into_north-eastern_Syria.txt (place added)
    ['On 9 October 2019, Turkish police detained more than 120 online critics of the Turkish operation in Istanbul, Turkey.', ['Arrests', 'Türkiye', 'Civilians (Türkiye)', 'rule:victims-civilians'], null],
    // Battle_of_Melitopol.txt: an arrest by a foreign army is an abduction, of civilians all the same
    ['On 11 March 2022, the city mayor was arrested by Russian troops in Melitopol, Ukraine, for refusing to cooperate.', ['Abduction/forced disappearance', 'Russia', 'Civilians (Ukraine)', 'rule:victims-civilians'], null],
  ])('%s', (body, row, dead) => {
    const a = assembleText(body);
    expect(coded(a)).toEqual([row]);
    expect(a.events[0]?.fatalities.best).toBe(dead);
  });
});

describe('codeVictims: a strike whose only dead are unarmed people, and whose target was guessed, struck civilians', () => {
  it.each([
    ['On 1 March 2022, Russian forces shelled Kharkiv. Two people were killed.', ['Russia', 'Civilians (Ukraine)', 'rule:victims-unarmed-dead'], 2],
    ['On 1 March 2022, Russian forces shelled Kharkiv. Two soldiers were killed.', ['Russia', 'Ukraine', 'infobox:Combatant1'], 2],
    // the target is named: the dead do not recode it
    ['On 1 March 2022, Russian forces shelled Ukrainian positions in Kharkiv. Two people were killed.', ['Russia', 'Ukraine', 'prose'], 2],
    // Siege_of_Chernihiv.txt (dated, the city named): a hospital is a civilian target
    ['On 2 March 2022, two Russian missiles hit a hospital in Chernihiv.', ['Russia', 'Civilians (Ukraine)', 'rule:civilian-target'], null],
    // Battle_of_Sumy.txt: "a residential area" names a civilian target
    ['Mayor Oleksandr Lysenko reported three civilian deaths on 26 February 2022, including one killed when Russian BM-21 Grad vehicles fired missiles into Veretenivka, a residential area in the eastern part of Sumy.', ['Russia', 'Civilians (Ukraine)', 'rule:civilian-target'], 1],
  ])('%s', (body, [actor1, actor2, from], dead) => {
    const a = assembleText(body, UKRAINE_RUSSIA);
    expect(coded(a)).toEqual([[a.events[0]?.sub_event_type, actor1, actor2, from]]);
    expect(a.events[0]?.event_type).toBe('Explosions/Remote violence');
    expect(a.events[0]?.fatalities.best).toBe(dead);
  });

  // Regression, fixed: once contradicted the documented rule: only a strike whose dead are ALL unarmed struck civilians; here three of the five
  // dead are soldiers, but the summed claim's words include "people", so actor2 becomes "Civilians (Ukraine)".
  it('On 1 March 2022, Russian forces shelled Kharkiv. Two people and three soldiers were killed.', () => {
    const a = assembleText('On 1 March 2022, Russian forces shelled Kharkiv. Two people and three soldiers were killed.', UKRAINE_RUSSIA);
    expect(coded(a)).toEqual([['Shelling/artillery/missile attack', 'Russia', 'Ukraine', 'infobox:Combatant1']]);
  });

  // Regression, fixed: once contradicted the documented rule of civilianTarget: only a strike "whose words name no armed target but civilian
  // ones" is against civilians; "a Ukrainian barracks" is an armed target, yet "killing 29 people" makes it civilians.
  it('On 1 March 2022, a Russian missile struck a Ukrainian barracks in Kharkiv, Ukraine, killing 29 people.', () => {
    const a = assembleText('On 1 March 2022, a Russian missile struck a Ukrainian barracks in Kharkiv, Ukraine, killing 29 people.');
    expect(name(a, a.events[0]?.actor2)).not.toBe('Civilians (Ukraine)');
  });
});

describe('codeVictims: an armed side looting no armed side\'s property took from "Civilians (<country>)"', () => {
  it.each([
    // Battles_of_Voznesensk.txt (dated, the country added)
    ['On 3 March 2022, Russian forces also looted the village of Rakove, Ukraine.', ['Looting/property destruction', 'Russia', 'Civilians (Ukraine)', 'rule:looted-from-civilians']],
    // Battle_of_Maaloula.txt (dated, the subject and place named)
    ['On 7 September 2013, the jihadists torched a church and looted another one in Maaloula, Syria.', ['Looting/property destruction', 'jihadists', 'Civilians (Syria)', 'rule:looted-from-civilians']],
    // Battle_of_Jdaidet_al-Fadl.txt: no one named as looter, no one named as looted
    ['On 21 April 2013, shops were torched or looted in Jdaidet al-Fadl, Syria.', ['Looting/property destruction', null, null, null]],
    // an armed side's property: its owner, not civilians (Battle_of_Urum_al-Kubra.txt, shaped)
    ['On 20 November 2012, rebel fighters looted the base of weapons near Urum al-Sughra, Syria.', ['Looting/property destruction', 'rebels', null, null]],
  ])('%s', (body, row) => {
    expect(coded(assembleText(body))).toEqual([row]);
  });
});

describe('codeVictims: a riot, or looting no one is named for, is by "Rioters (<country>)"', () => {
  it.each([
    // our words, shaped as Battle_of_Melitopol.txt's "Reports of mass looting of retail stores continued."
    ['On 28 February 2022, mass looting of shops was reported in Kherson, Ukraine.', ['Looting/property destruction', 'Rioters (Ukraine)', null, null]],
  ])('%s', (body, row) => {
    expect(coded(assembleText(body))).toEqual([row]);
  });
});

describe('codeVictims: a protest is by "Protesters (<country>)"; a peaceful one has no second actor', () => {
  it.each([
    // 2020–2021_Ayn_Issa_clashes.txt: "residents of the town held two demonstrations" (dated, the place added)
    ['On 25 December 2020, residents of the town held two demonstrations in Ayn Issa, Syria.', ['Peaceful protest', 'Protesters (Syria)', null, null]],
    ['On 5 March 2022, hundreds of residents protested against Russian troops in Melitopol, Ukraine.', ['Peaceful protest', 'Protesters (Ukraine)', null, null]],
    ['On 5 March 2022, residents protested in Melitopol, Ukraine, and Russian troops dispersed the protesters with stun grenades.', ['Protest with intervention', 'Protesters (Ukraine)', 'Russia', 'prose']],
  ])('%s', (body, row) => {
    const a = assembleText(body);
    expect(coded(a)).toEqual([row]);
    expect(a.events[0]?.provenance['actor1']?.from).toBe('rule:protesters');
  });

  // Regression, fixed: once contradicted the documented rule of typeByActors ("civilians surrounding or blocking forces protest"): the
  // civilians executed at a roadblock blocked nothing, yet the noun "roadblock" adds a Peaceful protest by "Protesters (Syria)".
  it('On 10 October 2019, nine civilians, including Khalaf, were executed by the Ahrar al-Sharqiya fighters at a roadblock on the M4 highway south of Tal Abyad, Syria.', () => {
    // 2019_Turkish_offensive_into_north-eastern_Syria.txt (dated, the country added)
    const a = assembleText('On 10 October 2019, nine civilians, including Khalaf, were executed by the Ahrar al-Sharqiya fighters at a roadblock on the M4 highway south of Tal Abyad, Syria.');
    expect(a.events.map((e) => e.sub_event_type)).toEqual(['Attack']);
  });
});

describe('codeVictims: civilians the words give no people of are the unarmed of where it happened', () => {
  // an article that names Russia most, with no infobox place: resolve guesses Russia as the conflict's country
  const LEAD = 'Russia invaded Ukraine. Russia fought Ukraine in the town, and Russia said so.\n\n';
  it.each([
    // Battle_of_Avdiivka_(2022–2023).txt (the town named): plain "civilians" in a Ukrainian town are Ukraine's
    ['On 2 May 2023, three civilians were killed by Russian shelling of Avdiivka.', 'Civilians (Ukraine)', 'rule:civilians-of-country'],
    // Fall_of_Mosul.txt (reworded, moved to a Ukrainian town): a demonym names whose civilians they were
    ['On 3 May 2023, Russian shelling of Avdiivka killed three Turkish civilians.', 'Civilians (Türkiye)', 'prose'],
  ])('%s', (body, actor2, from) => {
    const a = assembleText(LEAD + body);
    const strike = a.events.find((e) => e.event_type === 'Explosions/Remote violence');
    expect([name(a, strike?.actor2), strike?.provenance['actor2']?.from]).toEqual([actor2, from]);
  });

  // Battle_of_Kharkiv_(2022).txt (a town in a region the text names): the group is named by the country, not the region
  it('In Eastern Ukraine, on 1 March 2022, Russian forces shelled Izium, killing two civilians.', () => {
    const a = assembleText('In Eastern Ukraine, on 1 March 2022, Russian forces shelled Izium, killing two civilians.');
    expect(a.events.map((e) => name(a, e.actor2))).toEqual(['Civilians (Ukraine)']);
  });
});
