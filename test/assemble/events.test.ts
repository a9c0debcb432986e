import { describe, expect, it } from 'vitest';
import type { AssembledArticle } from '../../src/assemble/index.js';
import { assembleText } from '../helpers/assembleText.js';

const name = (a: AssembledArticle, id: string | null): string | null => (id ? (a.entities.find((e) => e.id === id)?.name ?? null) : null);

describe('assemble: events typed by ACLED rules', () => {
  it.each([
    ['bombs from aircraft', 'On 5 March 2015, Russian warplanes bombed the town of Idlib.', 'Air/drone strike'],
    ['missiles called an airstrike', 'On 5 March 2015, Russian forces bombed Kharkiv with cruise missiles.', 'Shelling/artillery/missile attack'],
    ['shelling', 'On 25 February 2022, Russian forces shelled Volnovakha.', 'Shelling/artillery/missile attack'],
    ['a state retaking a town', 'On 18 January 2013, Malian forces recaptured Konna.', 'Government regains territory'],
    ['a state capturing a town', 'On 3 April 2014, the Syrian Army captured the town of Yabroud.', 'Government regains territory'],
    ['rebels capturing a town', 'On 25 March 2015, Free Syrian Army rebels captured the town of Bosra.', 'Non-state actor overtakes territory'],
    ['looting', 'On 14 January 2013, residents looted the police station in Gao.', 'Looting/property destruction'],
    // Battle_of_Boulikessi.txt ("a French army operation was launched against a group of jihadists of JNIM"), own words
    ['an operation launched against a group', 'On 2 May 2014, a Malian army operation was launched against a group of jihadists near Gao.', 'Armed clash'],
  ])('%s', (_case, sentence, subType) => {
    expect(assembleText(sentence).events.map((e) => e.sub_event_type)).toEqual([subType]);
  });
});

// Battle_of_Rastan_(2011).txt ("during which they killed 16 gunmen and captured a large cache of weapons"), own words
describe('assemble: a killing is the event where nothing else the sentence reports is', () => {
  const box = { Combatant1: 'Free Syrian Army', Combatant2: 'Syria', Place: 'Homs, Syria' };
  it('beside weapons taken', () => {
    const a = assembleText('On 3 May 2012, the Syrian Army killed 12 gunmen in Homs and captured a large cache of weapons.', box);
    expect(a.events.map((e) => [e.event_type, e.sub_event_type, e.fatalities.best])).toEqual([['Battles', 'Armed clash', 12]]);
  });
  it('not beside a town taken', () => {
    const a = assembleText('On 3 May 2012, the Syrian Army killed 12 gunmen in Homs and captured the town.', box);
    expect(a.events.map((e) => [e.event_type, e.sub_event_type, e.fatalities.best])).toEqual([['Battles', 'Government regains territory', 12]]);
  });
});

// Operation_Serval.txt ("Despite the capture of all major towns, French and Malian forces clashed with Islamists outside Gao on 5 February"), own words
describe('assemble: a word naming a happening told already does not swallow one told afresh beside it', () => {
  it('the clash after "despite the capture" is an event of its own', () => {
    const a = assembleText('On 2 May 2013, Malian forces captured Kidal. Despite the capture of the main towns, Malian forces clashed with rebels outside Kidal on 5 May 2013.', { Combatant1: 'Mali', Combatant2: 'MNLA', Place: 'Kidal, Mali' });
    expect(a.events.map((e) => [e.sub_event_type, e.date?.start])).toEqual([['Government regains territory', '2013-05-02'], ['Armed clash', '2013-05-05']]);
  });
  it('while "the capture" alone joins the capture told', () => {
    const a = assembleText('On 2 May 2013, Malian forces captured Kidal. The capture was confirmed by residents on 5 May 2013.', { Combatant1: 'Mali', Combatant2: 'MNLA', Place: 'Kidal, Mali' });
    expect(a.events.map((e) => [e.sub_event_type, e.date?.start])).toEqual([['Government regains territory', '2013-05-02']]);
  });
});

// Battle_of_Idlib_(2012).txt ("despite a ceasefire organized by the UN, the Syrian army shelled parts of the city"), Battle_of_Sumy.txt
// ("under an agreement for a humanitarian corridor reached with Russia"), own words
describe('assemble: an agreement told as a circumstance', () => {
  it('standing already ("despite a ceasefire") is no agreement made that day', () => {
    const a = assembleText('On 18 April 2012, despite a ceasefire organized by the UN, the Syrian army shelled parts of Idlib.');
    expect(a.events.map((e) => e.sub_event_type)).toEqual(['Shelling/artillery/missile attack']);
  });
  it('told as reached is one', () => {
    const a = assembleText('On 8 March 2022, an evacuation of civilians from Sumy began under an agreement for a humanitarian corridor reached with Russia.');
    expect(a.events.map((e) => e.sub_event_type)).toEqual(['Agreement']);
  });
});

// Southern_Ukraine_campaign.txt ("On 9 March, Russian troops entered the town of Skadovsk."); Battle_of_Slavutych.txt
// ("humanitarian aid to enter the city"): an entry no side made, own words
describe('assemble: a place entered', () => {
  const box = { Combatant1: 'Russia', Combatant2: 'Ukraine', Place: 'Kherson Oblast, Ukraine' };
  it('by a side is taken over without a fight', () => {
    const a = assembleText('On 9 March 2022, Russian troops entered the town of Skadovsk.', box);
    expect(a.events.map((e) => [e.sub_event_type, name(a, e.actor1)])).toEqual([['Non-violent transfer of territory', 'Russia']]);
  });
  it('by aid or monitors no side is an entry of no one, no transfer', () => {
    const a = assembleText('On 12 March 2022, the first humanitarian aid entered Skadovsk.', box);
    expect(a.events).toEqual([]);
  });
});

// 2022_Chornobaivka_attacks.txt ("a Russian military base for the deployment of troops … was obliterated at Chornobaivka"), own words
describe('assemble: a named side\'s base destroyed with no agent named', () => {
  const box = { Combatant1: 'Ukraine', Combatant2: 'Russia', Place: 'Kherson, Ukraine' };
  it('is a blow against that side', () => {
    const a = assembleText('On 22 July 2022, an official reported that a Russian military base for the storage of fuel had been destroyed near Kherson.', box);
    expect(a.events.map((e) => name(a, e.actor2))).toEqual(['Russia']);
  });
  it('while a bridge destroyed is no event', () => {
    const a = assembleText('On 22 July 2022, an official reported that the old bridge had been destroyed near Kherson.', box);
    expect(a.events).toEqual([]);
  });
});

// Battle_of_al-Rai_(August_2016).txt ("IS … recaptured the grain silos and nearby hilltops. However, the rebels repelled the attack on the
// town and claimed to have killed more than 10 IS fighters"), own words
describe('assemble: an attack told as repelled', () => {
  it('is the repulse, a fight of its own beside the ground taken that day', () => {
    const a = assembleText('On 19 August 2016, IS recaptured the grain silos near al-Rai. However, the rebels repelled the attack on the town and claimed to have killed more than 10 IS fighters.', { Combatant1: 'Free Syrian Army', Combatant2: 'Islamic State', Place: 'al-Rai, Syria' });
    expect(a.events.map((e) => [e.sub_event_type, name(a, e.actor1), e.fatalities.best])).toEqual([
      ['Non-state actor overtakes territory', 'Islamic State', null],
      ['Armed clash', 'Islamic State', 10],
    ]);
  });
});

describe('assemble: no event from', () => {
  it.each([
    ['a plan', 'On 5 March 2015, the rebels planned to attack the town of Idlib.'],
    ['a threat', 'On 5 March 2015, Russia threatened to bomb Kharkiv.'],
    ['a negation', 'On 5 March 2015, Russian forces did not attack Kharkiv.'],
    ['a denial', 'On 5 March 2015, the army denied that it shelled Kharkiv.'],
    ['seized goods', 'Fighters argued over the seized weapons in Bosra.'],
    ['a fatality statement alone', 'Residents of Gao stated there were no civilian casualties during the bombings.'],
    // Battle_of_al-Rai_(August_2016).txt ("as the Turkish Armed Forces prepared for an attack on Jarabulus"), Operation_Serval.txt
    // ("called off its offensive against the government"), Battle_of_Sumy.txt ("a false flag operation by Ukraine"), own words
    ['an attack prepared for', 'On 5 March 2015, the army prepared for an attack on Idlib.'],
    ['an offensive called off', 'On 5 March 2015, the rebels called off their offensive against Idlib.'],
    ['operations in general', 'On 5 March 2015, Russian military operations caused a fire near Kharkiv.'],
    // 2022_Chornobaivka_attacks.txt ("on the second anniversary of the 2020 Balyun airstrikes by the Russian army that killed 34
    // Turkish soldiers"), own words
    ['a happening remembered', 'On 27 February 2022, the town marked the second anniversary of the 2020 bombing by the army that killed 30 soldiers in Idlib.'],
    ['a feigned operation', 'On 5 March 2015, Russia said the incident in Kharkiv was a false flag operation by Ukraine.'],
    // Battle_of_al-Qusayr_(2013).txt (dated, the town named), Beit_Jinn_offensive.txt ("competing claims … on whether the rebels recaptured")
    ['a doubt', 'On 1 June 2013, it remained unclear whether or not the fresh influx of rebel fighters was enough to help the opposition regain some lost ground in al-Qusayr.'],
    // Palmyra_offensive_(December_2016).txt: a tally of arms destroyed, with no place or day of its own
    ['a tally of arms destroyed', 'An air defense artillery system, 14 tanks, three artillery systems, two ISIL-held buildings and two tactical vehicles were destroyed in total.'],
    ['claims on whether it happened', 'On 28 November 2017, there were competing claims on whether the rebels recaptured most of the positions they had lost near Beit Jinn.'],
  ])('%s', (_case, sentence) => {
    expect(assembleText(sentence).events).toEqual([]);
  });
});

// Combat_operations_in_2015_during_the_Battle_of_Aleppo.txt ("It is not known whether it was an American or Russian airstrike that killed the three"), dated and placed:
// a doubt over who struck leaves the strike told
it('assemble: a doubt over who struck leaves the strike an event', () => {
  expect(assembleText('On 3 March 2015, it is not known whether it was an American or Russian airstrike that killed the three in Aleppo, Syria.').events).toHaveLength(1);
});

// own words: a tally with its own day and place is a blow of its own
it('assemble: a dated tally of arms destroyed in a named town is an event', () => {
  expect(assembleText('On 28 February 2022, Ukrainian drones destroyed 96 Russian tanks and 20 Grad vehicles near Sumy, Ukraine.').events).toHaveLength(1);
});

describe('assemble: arguments', () => {
  it('takes who acted from the prose, whom from after the verb, and the death toll from a later sentence', () => {
    const a = assembleText('On 13 January 2013, French planes bombed the city of Gao, which was controlled by the Movement for Oneness and Jihad in West Africa (MOJWA). Residents stated that more than sixty jihadists were killed in the strikes in Gao.');
    const [event] = a.events;
    expect(name(a, event?.actor1 ?? null)).toBe('France');
    expect(name(a, event?.actor2 ?? null)).toBe('MOJWA');
    expect(name(a, event?.location ?? null)).toBe('Gao');
    expect(event?.date).toEqual({ start: '2013-01-13', end: '2013-01-13', precision: 'day' });
    expect(event?.fatalities).toEqual({ low: 60, best: 60, high: null });
    expect(event?.claims[0]?.by).toBe('Residents');
  });

  it('keeps every claim and takes the lowest as best', () => {
    const a = assembleText('On 11 July 2022, Ukrainian forces shelled Nova Kakhovka. Ukraine claimed that 52 Russian soldiers were killed. Russian officials said that 7 people were killed.');
    expect(a.events[0]?.claims.map((c) => c.figure.best)).toEqual([52, 7]);
    expect(a.events[0]?.fatalities.best).toBe(7);
  });

  it('keeps distinct places on one day as distinct events', () => {
    const a = assembleText('On 13 January 2013, French planes bombed Gao. On the same day, French forces also bombed Kidal.');
    expect(a.events.map((e) => name(a, e.location))).toEqual(['Gao', 'Kidal']);
  });

  it('merges two sentences about one strike', () => {
    const a = assembleText('On 13 January 2013, French planes bombed Gao. Later that morning French forces bombed several areas in and around Gao.');
    expect(a.events).toHaveLength(1);
    expect(a.events[0]?.evidence).toHaveLength(2);
  });

  it('keeps a drone strike and an artillery barrage at one place on one day apart', () => {
    // 2016_Nagorno-Karabakh_conflict.txt (trimmed): two weapons, two happenings
    const a = assembleText('On 5 April 2016, an Azerbaijani drone struck a bus near Martakert, Azerbaijan. The same day, artillery shells hit Martakert.');
    expect(a.events.map((e) => e.sub_event_type)).toEqual(['Air/drone strike', 'Shelling/artillery/missile attack']);
  });

  it('gives provenance to every field it fills', () => {
    const a = assembleText('On 13 January 2013, French planes bombed the city of Gao.');
    const event = a.events[0];
    for (const field of ['actor1', 'location', 'date', 'event_type']) expect(event?.provenance[field]).toBeDefined();
  });
});

// Deir_ez-Zor_Governorate_clashes.txt's background ("On 16 September 2017, either Syrian or Russian aircraft bombed SDF positions …
// On 25 September, Russian and Syrian forces shelled SDF forces …", infobox date 2018), own words
describe('assemble: a year left unsaid', () => {
  const box = { Date: '7–8 May 2018', Place: 'Deir ez-Zor, Syria' };
  const first = 'On 16 September 2017, Russian aircraft bombed SDF positions near Deir ez-Zor.';
  const next = 'On 25 September, Russian forces shelled SDF positions near Deir ez-Zor.';
  it('is the year of a day stated earlier in the paragraph, though it was background', () => {
    expect(assembleText(`${first} ${next}`, box).events.map((e) => e.date?.start).at(-1)).toBe('2017-09-25');
  });
  it('but the reference year in a paragraph of its own', () => {
    expect(assembleText(`${first}\n\n${next}`, box).events.map((e) => e.date?.start).at(-1)).toBe('2018-09-25');
  });
});

// The date a sentence with two dates gives its event (nearestDate, src/assemble/_fill.ts).
describe('assemble: a sentence with two dates', () => {
  const box = { Combatant1: 'Russia', Combatant2: 'Ukraine', Place: 'Sumy Oblast, Ukraine' };
  it.each([
    // Battle_of_Sumy.txt ("Despite Russian forces withdrawing fully from Sumy Oblast by early April, airstrikes continued
    // throughout April and May"), own words
    ['dates the main clause by its own date, not by one in a fronted "despite" clause', 'Despite the spring rains by 4 April 2022, Russian jets bombed the outskirts of Sumy throughout May 2022.', '2022-05-01'],
    ['but an opening "On" date is the main clause\'s own', 'On 4 April 2022, Russian jets bombed the outskirts of Sumy, a month before the lull of May 2022.', '2022-04-04'],
    // 2016_Nagorno-Karabakh_conflict.txt ("On 3 April, … authorities announced that … forces had recaptured positions around
    // Talysh, On 6 April, news footage …"), own words
    ['leaves a date after a comma splice to the sentence it opens', 'On 3 April 2022, officials said that Russian jets had bombed a depot near Sumy, On 6 April, a video was shown on television.', '2022-04-03'],
    ['but a date after a plain comma is still the clause\'s own', 'Officials said that Russian jets bombed the outskirts of Sumy, on 6 April 2022.', '2022-04-06'],
  ])('%s', (_case, body, day) => {
    const a = assembleText(body, box);
    expect(a.events.map((e) => [e.sub_event_type, e.date?.start])).toEqual([['Air/drone strike', day]]);
  });
});

// 2017_Southern_Raqqa_offensive.txt ("the Syrian Army captured the last two villages on the road to Resafa. … Later, clashes
// broke out near Resafa between the Syrian Army and the SDF"), own words
describe('assemble: a sentence opening on "Later" or "Also"', () => {
  const box = { Combatant1: 'Syria', Combatant2: 'ISIL', Place: 'Raqqa Governorate, Syria' };
  const capture = 'On 18 June 2017, the Syrian Army captured two villages near Resafa, Syria.';
  it('tells another happening than the one before it', () => {
    const a = assembleText(`${capture} Later, clashes broke out near Resafa.`, box);
    expect(a.events.map((e) => e.sub_event_type)).toEqual(['Government regains territory', 'Armed clash']);
  });
  it('while a sentence that does not is the same fight told on', () => {
    const a = assembleText(`${capture} Heavy clashes continued near Resafa.`, box);
    expect(a.events.map((e) => e.sub_event_type)).toEqual(['Government regains territory']);
  });
});

describe('assemble: a date handed on from an earlier sentence', () => {
  it('is that sentence\'s finest date, not the year of the war it places itself in', () => {
    const a = assembleText('The battle lasted from 25 February 2022 until 12 March 2022, during the 2022 invasion of the country. Rebels captured the town of Volnovakha.');
    const capture = a.events.find((e) => e.sub_event_type === 'Non-state actor overtakes territory');
    expect(capture?.date).toEqual({ start: '2022-02-25', end: '2022-03-12', precision: 'day' });
    expect(capture?.provenance['date']?.from).toBe('rule:date-from-block');
  });

  // Battle_of_Lebedyn.txt's timeline: "### 28 February" then "About 18:00, Ukrainian troops reportedly destroyed …"
  const timeline = '== Timeline ==\n\nOn 26 February 2022, Russian forces entered the district.\n\n=== 28 February ===\n\nAbout 18:00, Ukrainian troops destroyed a Russian military base at Lebedyn, Ukraine.';
  it('is the date of the heading over its section when the section\'s sentence tells none', () => {
    const strike = assembleText(timeline).events.find((e) => e.evidence.length > 0 && e.date?.start !== '2022-02-26');
    expect([strike?.date?.start, strike?.provenance['date']?.from]).toEqual(['2022-02-28', 'rule:date-from-heading']);
  });
  it('but a heading with no date hands on nothing of its own', () => {
    const a = assembleText(timeline.replace('=== 28 February ===', '=== Lebedyn ==='));
    expect(a.events.map((e) => e.provenance['date']?.from)).not.toContain('rule:date-from-heading');
  });
});
