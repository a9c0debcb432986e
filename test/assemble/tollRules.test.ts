import { describe, expect, it } from 'vitest';
import { assembleText } from '../helpers/assembleText.js';

// casualtyFigures (src/assemble/_casualties.ts) and attachFigures (src/assemble/_attach.ts): which numbers
// are death tolls, and which of a sentence's events each belongs to.

/** Each event as "sub-type: deaths". */
const tolls = (body: string): string[] => assembleText(body).events.map((e) => `${e.sub_event_type}: ${e.fatalities.best ?? '-'}`);

describe('a number is a death toll when the words before it say so', () => {
  it.each([
    // Battle_of_Harem.txt: "resulting in the deaths of 20 rebel fighters"
    ['On 5 November 2012, Syrian warplanes attacked rebel positions around Harem, Syria, resulting in the deaths of 20 rebel fighters.', ['Air/drone strike: 20']],
    // Fall_of_Mosul.txt: "ISIL executed fifteen Iraqi security force members"
    ['On 9 June 2014, ISIL executed fifteen Iraqi soldiers in Tikrit, Iraq.', ['Attack: 15']],
  ])('%s', (body, expected) => {
    expect(tolls(body)).toEqual(expected);
  });

  it('but not a count of what was hit', () => {
    expect(tolls('On 5 November 2012, Syrian warplanes attacked 20 rebel positions around Harem, Syria.')).toEqual(['Air/drone strike: -']);
  });
});

// Battle_of_Qamishli_(2016).txt ("the NDF killed 2 Asayish members and 2 civilians with sniper fire"), own words
describe('counts listed after a toll are of the same dead', () => {
  it('and add up to it', () => {
    expect(tolls('On 20 April 2016, gunmen attacked a patrol in Qamishli, Syria, and killed 3 policemen and 2 civilians.')).toEqual(['Armed clash: 5']);
    // 2020–2021_Ayn_Issa_clashes.txt ("resulting in the death of eight SNA fighters and four SDF fighters"): fighters are people here
    expect(tolls('On 20 November 2019, clashes broke out near Ayn Issa, Syria, resulting in the death of eight rebel fighters and four Kurdish fighters.')).toEqual(['Armed clash: 12']);
  });
  it('but not materiel, or a count with a verb of its own', () => {
    expect(tolls('On 20 April 2016, gunmen attacked a patrol in Qamishli, Syria, and killed 3 policemen and 2 vehicles.')).toEqual(['Armed clash: 3']);
    const deaths = assembleText('On 20 April 2016, gunmen attacked a patrol in Qamishli, Syria, and killed 3 policemen and 2 others were wounded.').events.map((e) => e.fatalities.best);
    expect(deaths).toEqual([3]);
  });
});

// Battle_of_Al-Malihah-like fixtures ("a number of rebels were killed in an ambush"); Battle_of_Qamishli_(2016).txt ("with five
// Asayish fighters being killed. 45 NDF militiamen surrendered and several civilians were killed"), own words
describe('"several" or "a number of" dead without a figure', () => {
  it('count 3, the least the words mean', () => {
    expect(tolls('On 2 May 2014, a number of rebels were killed in an ambush by the army near Douma, Syria.')).toEqual(['Armed clash: 3']);
  });
  it('but give way to a figure the words state', () => {
    expect(tolls('On 21 April 2016, militiamen attacked the prison in Qamishli, Syria, with five guards being killed. Several civilians were also killed.')).toEqual(['Armed clash: 5']);
  });
});

describe('a part of a toll told after "including" is no toll of its own', () => {
  it.each([
    // Battle_of_Khan_Shaykhun_(2014)-like own words: the officers are among the fighters
    ['On 5 May 2014, rebels detonated a tunnel bomb under a checkpoint in Idlib, Syria, and about 30 pro-government fighters (including two officers) were killed.', ['Remote explosive/landmine/IED: 30']],
    ['On 5 May 2014, the army shelled Idlib, Syria, killing five people, among them two children.', ['Shelling/artillery/missile attack: 5']],
  ])('%s', (body, expected) => {
    expect(tolls(body)).toEqual(expected);
  });
  it('keeps the civilians among them as the civilian toll', () => {
    const a = assembleText('On 5 May 2014, the army shelled Idlib, Syria, killing five soldiers, including two civilians working at the base.');
    expect(a.events.map((e) => [e.fatalities.best, e.civilian_fatalities])).toEqual([[5, 2]]);
  });
});

describe('one dead no number tells counts 1 (singleDeath, src/assemble/_singleDeaths.ts)', () => {
  it.each([
    // own words: the killing told first
    ['On 21 April 2016, skirmishes occurred near Tartar, Azerbaijan, killing another Armenian soldier.', ['Armed clash: 1']],
    // the person first, with an of-phrase and "was reported killed"
    ['On 19 April 2016, a soldier of the Armenian army was reported killed in action near Tartar, Azerbaijan.', ['Armed clash: 1']],
    // "one of its soldiers": one of the soldiers, killed in a fight (armed, so no violence against civilians)
    ['On 14 April 2016, the Azerbaijani government reported that one of its soldiers had been killed by Armenian forces near Tartar, Azerbaijan.', ['Armed clash: 1']],
    // Operation_Olive_Branch.txt (dated, placed): "another" before a number is that number's
    ['On 16 March 2018, Turkish artillery fire continued in Afrin, Syria, killing another 16 people.', ['Shelling/artillery/missile attack: 16']],
  ])('%s', (body, expected) => {
    expect(tolls(body)).toEqual(expected);
  });
  it.each([
    // own words: a named person after the killing and a role, and a named person told killed
    ['On 3 May 2015, Iraqi forces killed ISIL commander Abu Omar al-Tikriti near Baiji, Iraq.', ['Armed clash: 1']],
    ['On 3 May 2015, the deputy leader of the group, Abu Omar al-Tikriti, was killed in an airstrike near Baiji, Iraq.', ['Air/drone strike: 1']],
    // own words: "gunning down an unarmed man"
    ['On 2 November 2012, a video showed rebel fighters gunning down an unarmed man in Harem, Syria.', ['Attack: 1']],
    // Operation_Serval.txt ("The second in command of AQIM, Hacene Ould Khalill, was killed during a raid …"; "The pilot, Lt.
    // Damien Boiteux, later died of his injuries"), own words: a person in apposition, and one told dead right after the event
    ['On 3 May 2015, the second in command of the group, Abu Omar al-Tikriti, was killed in a raid near Baiji, Iraq.', ['Armed clash: 1']],
    ['On 3 May 2015, Iraqi helicopters attacked a convoy near Baiji, Iraq. The pilot, Ali Hassan, later died of his wounds.', ['Air/drone strike: 1']],
  ])('a named or described person killed: %s', (body, expected) => {
    expect(tolls(body)).toEqual(expected);
  });
  it('but not a death at a place of its own, or in another paragraph', () => {
    expect(tolls('On 3 May 2015, Iraqi helicopters attacked a convoy near Baiji, Iraq. In Tikrit, a local man later died of his wounds.')).toEqual(['Air/drone strike: -']);
    expect(tolls('On 3 May 2015, Iraqi helicopters attacked a convoy near Baiji, Iraq.\n\nThe pilot, Ali Hassan, later died of his wounds.')).toEqual(['Air/drone strike: -']);
  });
  it('but not a person who did the killing', () => {
    expect(tolls('On 3 May 2015, civilians were killed by General Abu Omar al-Tikriti near Baiji, Iraq.')).not.toContain('Attack: 1');
  });
  it('and "no casualties" in a later sentence does not undo it', () => {
    expect(tolls('On 21 April 2016, skirmishes occurred near Tartar, Azerbaijan, killing another Armenian soldier. No casualties were reported.')).toEqual(['Armed clash: 1']);
  });
  it('but not one of many no death is told of', () => {
    expect(tolls('On 19 April 2016, a soldier of the Armenian army was wounded in a clash near Tartar, Azerbaijan.')).toEqual(['Armed clash: -']);
  });
});

describe('a toll belongs to the fight, never to an abduction told beside it', () => {
  it('"killing 8 NDF members and arresting others"', () => {
    // Battle_of_Qamishli_(2016).txt (trimmed, dated, placed)
    const a = assembleText('On 20 April 2016, clashes escalated between the Asayish and the National Defence Forces in Qamishli, Syria, with Asayish forces killing 8 NDF members and arresting others.');
    const deaths = (sub: string) => a.events.find((e) => e.sub_event_type === sub)?.fatalities.best ?? null;
    expect(deaths('Armed clash')).toBe(8);
    expect(a.events.filter((e) => e.sub_event_type !== 'Armed clash').every((e) => e.fatalities.best === null)).toBe(true);
  });
});

describe('a toll told of the whole war is no event\'s', () => {
  it('"The conflict resulted in … the death of more than 70 civilians"', () => {
    // 2019_Turkish_offensive_into_north-eastern_Syria.txt (a strike told before it, trimmed)
    const a = assembleText('On 9 October 2019, Turkish warplanes bombed Ras al-Ayn, Syria. The conflict resulted in the displacement of over 300,000 people and has caused the death of more than 70 civilians in Syria.');
    expect(a.events.map((e) => e.fatalities.best)).toEqual([null]);
  });

  // Battle_of_Shaddadi_(2013).txt ("the final death toll was 40 al-Nusra fighters, …, and no less than 100 members of the regular army … killed"), own words
  it('"the final death toll was …"', () => {
    const a = assembleText('On 14 March 2014, rebels captured Jisr al-Shughur, Syria. Activists said the final death toll was 30 rebels and no less than 90 members of the army and police killed.');
    expect(a.events.map((e) => e.fatalities.best)).toEqual([null]);
  });
});

// Battle_of_Moshchun.txt ("By 13 March, Ukrainian sources claimed that the 155th Separate Marine Brigade had suffered around 600
// killed … during the battle so far"), own words
describe('a running total told of an event named before is not that event\'s toll', () => {
  const assault = 'On 11 March 2022, Russian troops launched a massive assault on Moshchun, Ukraine.';
  it('"had suffered around 300 killed during the battle so far"', () => {
    expect(tolls(`${assault} By 13 March 2022, Ukrainian sources claimed that the 72nd Brigade had suffered around 300 killed during the battle so far.`)).toEqual(['Armed clash: -']);
  });
  // 2022_Chornobaivka_attacks.txt ("on the second anniversary of the 2020 Balyun airstrikes … that killed 34 Turkish soldiers"), own words
  it('"on the anniversary of … that killed 30 soldiers"', () => {
    expect(tolls('On 15 November 2016, Syrian forces launched an offensive on Aleppo, Syria. It came on the anniversary of the 2014 bombing by the army that killed 30 soldiers.')).toEqual(['Armed clash: -']);
  });
  // Aleppo_offensive_(November–December_2016).txt ("Almost 1,200 people were killed during the operation"), own words
  it('"were killed during the operation"', () => {
    expect(tolls('On 15 November 2016, Syrian forces launched an offensive on Aleppo, Syria. Almost 900 people were killed during the operation.')).toEqual(['Armed clash: -']);
  });
  it('while "300 were killed in the battle" is its toll', () => {
    expect(tolls(`${assault} Ukrainian sources claimed that around 300 soldiers were killed in the battle.`)).toEqual(['Armed clash: 300']);
  });
});

describe('a count since a campaign began is no toll of the event its sentence tells', () => {
  // 2017_Mosul_airstrike.txt (dated, placed): a rate of strikes and the deaths since the offensive
  it('"reported 3,846 civilian deaths and the destruction of 10,000 homes since the offensive"', () => {
    const a = assembleText('In March 2017, the Iraqi Observatory for Human Rights reported drone strikes in Mosul, Iraq, and 3,846 civilian deaths and the destruction of 10,000 homes since the offensive into western Mosul began.');
    expect(a.events.map((e) => e.fatalities.best)).not.toContain(3846);
  });
  // Battle_of_Tabqa_Airbase.txt (dated, placed): the count before "since" is the assault's, the counts after it the battle's
  it('but the count told before "since the start of the battle" is the event\'s', () => {
    const found = tolls('On 24 August 2014, ISIL attacked Tabqa, Syria. In the final assault 170 soldiers were killed, while since the start of the battle 346 ISIS fighters and 195 soldiers had been killed.');
    expect(found).toContain('Armed clash: 170');
    expect(found.filter((t) => !/: (?:170|-)$/.test(t))).toEqual([]);
  });
});

// 2014_Idlib_offensive.txt ("21 rebels (including a defected officer and a battalion commander) and a number of Army soldiers were reportedly killed in clashes"), own words
describe('an aside in brackets does not part a count from its verb', () => {
  it('counts the dead before the aside (and the "several" after it, 3)', () => {
    expect(tolls('On 15 April 2014, 17 rebels (among them two officers and a local commander of the brigade) and several soldiers were reportedly killed in clashes near Morek, Syria.')).toEqual(['Armed clash: 20']);
  });
  it('with the stated figure as the floor and the vague word\'s least meaning only in the best reading', () => {
    const [event] = assembleText('On 15 April 2014, 17 rebels (among them two officers and a local commander of the brigade) and a number of soldiers were reportedly killed in clashes near Morek, Syria.').events;
    expect(event?.fatalities).toEqual({ low: 17, best: 20, high: null });
  });
  it('but not those the words after it say were wounded', () => {
    expect(tolls('On 15 April 2014, 17 rebels (among them two officers and a local commander of the brigade) and several soldiers were reportedly wounded in clashes near Morek, Syria.')).toEqual(['Armed clash: -']);
  });
});

describe('boundTolls: a figure over what the event\'s span allows is kept for review, not counted', () => {
  it('a day\'s fighting is no 200,000 dead', () => {
    // 2022_Ukrainian_Kharkiv_counteroffensive.txt-like: a figure from another war strays into a day's clash
    const a = assembleText('On 10 September 2022, heavy fighting took place in Izium, Ukraine, where 200,000 people were killed.');
    const [event] = a.events;
    expect(event?.fatalities.best).toBeNull();
    expect(event?.claims.map((c) => [c.figure.best, c.review])).toEqual([[200000, 'over 2000 dead a day for a 1-day event']]);
  });

  it('but a toll within it counts', () => {
    const a = assembleText('On 10 September 2022, heavy fighting took place in Izium, Ukraine, where 200 people were killed.');
    expect(a.events[0]?.fatalities.best).toBe(200);
    expect(a.events[0]?.claims[0]?.review).toBeUndefined();
  });
});

// civilianShare (src/assemble/_civilianToll.ts). Battle_of_Lebedyn.txt ("Russian forces crushed a civilian in the village of
// Pogozha Krynytsia"), Battle_of_Harem.txt ("rebel fighters gunning down an unarmed man"), own words
describe('the dead of an attack on civilians are civilians', () => {
  const civilianDead = (body: string) => assembleText(body).events.map((e) => [e.sub_event_type, e.fatalities.best, e.civilian_fatalities]);
  it('when the toll does not say who they were', () => {
    expect(civilianDead('On 2 March 2022, Russian forces crushed a civilian in the village of Hlukhovo, Ukraine, when he tried to block their tanks.')).toEqual([['Attack', 1, 1]]);
  });
  it('but a fight\'s dead stay unknown, whoever they were', () => {
    expect(civilianDead('On 2 March 2022, Russian forces clashed with Ukrainian forces in Hlukhovo, Ukraine, killing 16 soldiers.')).toEqual([['Armed clash', 16, null]]);
  });
});

// oneListedBefore (src/assemble/_singleDeaths.ts) in casualtyFigures. Battle_of_Okhtyrka.txt ("The missiles killed a child
// and two adults"), a Lebanon corpus article ("killed a civilian and four PFLP [fighters]"), own words
describe('one dead told before a count of dead joined by "and"', () => {
  it('is one more of them', () => {
    expect(tolls('On 3 March 2022, a Russian rocket hit a school in Okhtyrka, Ukraine, and killed a teacher and three pupils.')).toEqual(['Shelling/artillery/missile attack: 4']);
  });
  it('but a count of the wounded after it adds none to it', () => {
    expect(tolls('On 3 March 2022, a Russian rocket hit a school in Okhtyrka, Ukraine, and killed a teacher and wounded three pupils.')).not.toContain('Shelling/artillery/missile attack: 4');
  });
});

// DEATH_BEFORE (src/assemble/_casualties.ts). 2014_Eastern_Syria_offensive.txt ("The four ISIL infiltrators eventually blew
// themselves up, killing a total of 12 persons."), Battle_of_Al-Malihah.txt ("rebels launched several mortar shells on
// Damascus, killing a total of 11 people"). Own words.
describe('"killing a total of" the dead of the event told in its sentence', () => {
  it('is that event\'s toll', () => {
    expect(tolls('On 3 May 2014, rebels shelled Homs, Syria, killing a total of 11 people.')).toEqual(['Shelling/artillery/missile attack: 11']);
  });
  it('while a total told apart from any event is a running count, no toll', () => {
    expect(tolls('On 3 May 2014, rebels shelled Homs, Syria. A total of 3,000 people have been killed in the province.')).toEqual(['Shelling/artillery/missile attack: -']);
  });
});
