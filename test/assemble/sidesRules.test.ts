import { describe, expect, it } from 'vitest';
import type { AssembledArticle } from '../../src/assemble/index.js';
import { assembleText } from '../helpers/assembleText.js';

// sidesFromContext (src/assemble/_contextSides.ts), fillOpposingSide/standsFor (src/assemble/_sides.ts) and
// oneRowEach (src/assemble/_oneRow.ts): who fought, when the words of an event name no side or name a unit.

const name = (a: AssembledArticle, id: string | null | undefined): string | null => (id ? (a.entities.find((e) => e.id === id)?.name ?? null) : null);
/** Each event as [first day, actor1, actor2, where actor1 came from]. */
const sides = (a: AssembledArticle) => a.events.map((e) => [e.date?.start, name(a, e.actor1), name(a, e.actor2), e.provenance['actor1']?.from ?? null]);

// Battle_of_Sumy.txt: "On 26 February, fighting again broke out on the streets of Sumy."
const RAN_AGAIN = 'On 26 February, fighting again broke out on the streets of Sumy.';
const ATTACK = 'On 25 February 2022, Russian forces attacked Ukrainian forces in Sumy.';

describe('sidesFromContext: a violent event naming no side takes the sides of the latest one that named its actor', () => {
  it.each([
    // in its paragraph
    [`== Battle ==\n\n${ATTACK} ${RAN_AGAIN}`, [['2022-02-25', 'Russia', 'Ukraine', 'prose'], ['2022-02-26', 'Russia', 'Ukraine', 'rule:sides-from-paragraph']]],
    // else in its section
    [`== Battle ==\n\n${ATTACK}\n\n${RAN_AGAIN}`, [['2022-02-25', 'Russia', 'Ukraine', 'prose'], ['2022-02-26', 'Russia', 'Ukraine', 'rule:sides-from-section']]],
    // never from another section
    [`== Battle ==\n\n${ATTACK}\n\n== Later ==\n\n${RAN_AGAIN}`, [['2022-02-25', 'Russia', 'Ukraine', 'prose'], ['2022-02-26', null, null, null]]],
    [
      // the latest of several, not the first
      `== Battle ==\n\nOn 24 February 2022, Russian forces attacked Ukrainian forces in Sumy. On 25 February, Ukrainian forces attacked Russian forces in Okhtyrka. ${RAN_AGAIN}`,
      [['2022-02-24', 'Russia', 'Ukraine', 'prose'], ['2022-02-25', 'Ukraine', 'Russia', 'prose'], ['2022-02-26', 'Ukraine', 'Russia', 'rule:sides-from-paragraph']],
    ],
    [
      // only the sides the source has: a capture naming no target gives only its actor
      `== Battle ==\n\nOn 24 February 2022, Russian forces captured Sumy. ${RAN_AGAIN}`,
      [['2022-02-24', 'Russia', null, 'prose'], ['2022-02-26', 'Russia', null, 'rule:sides-from-paragraph']],
    ],
  ])('%s', (body, expected) => {
    expect(sides(assembleText(body))).toEqual(expected);
  });

  it('never makes a side with no aircraft the one that struck from the air (Battle_of_Harem.txt, dated, placed)', () => {
    const a = assembleText('== Battle ==\n\nOn 1 November 2012, the rebels attacked government positions in Harem, Syria. On 2 November, a series of air-strikes on Harem reportedly left 70 people dead.', { Combatant1: 'Free Syrian Army', Combatant2: 'Syria' });
    expect(sides(a).at(-1)?.slice(1)).toEqual(['Syria', expect.any(String), 'rule:air-force-of-state']);
  });

  it('gives no sides to an event that is not violent (looting no one is named for is a crowd\'s: codeVictims)', () => {
    const a = assembleText(`== Battle ==\n\n${ATTACK} On 26 February, looting was reported in Sumy.`);
    expect(a.events.map((e) => [e.sub_event_type, name(a, e.actor1), name(a, e.actor2)])).toEqual([
      ['Armed clash', 'Russia', 'Ukraine'],
      ['Looting/property destruction', 'Rioters (Ukraine)', null],
    ]);
  });
});

const HADRUT = { Place: 'Hadrut, Azerbaijan', Combatant1: 'Azerbaijan', Combatant2: 'Artsakh · Armenia' };
const UKRAINE_RUSSIA = { Combatant1: 'Ukraine', Combatant2: 'Russia' };

// Operation_Serval.txt ("two suicide bombers detonated their belts, blowing themselves up near a group of Chadian soldiers"), own words
describe('sidesFromContext: a suicide bomber is the non-state side\'s', () => {
  const box = { Combatant1: 'France', Combatant2: 'Ansar Dine', Place: 'Kidal, Mali' };
  const advance = 'On 3 April 2013, French troops attacked Islamist positions near Tessalit.';
  it('whichever side the event before it names first', () => {
    const a = assembleText(`${advance} On 12 April 2013, two suicide bombers blew themselves up near a group of soldiers in a market in Kidal.`, box);
    expect(sides(a)[1]).toEqual(['2013-04-12', 'Islamists', 'France', 'rule:sides-from-paragraph']);
  });
  it('while a shelling keeps the order told', () => {
    const a = assembleText(`${advance} On 12 April 2013, heavy shelling was reported near Kidal.`, box);
    expect(sides(a)[1]).toEqual(['2013-04-12', 'France', 'Islamists', 'rule:sides-from-paragraph']);
  });
});

// Battle_of_Tell_Abyad_(2013).txt ("the al-Nusra Front set up a checkpoint and captured 33 fighters from the Farouq Brigades. Clashes
// between the two groups resulted in …"), own words
// Battle_of_al-Rai_(August_2016).txt (combatant1 "Free Syrian Army Supported by: CJTF-OIR * Turkey", combatant2 "Islamic
// State"; "rebels began to storm the al-Rai grain silos and captured the silos"), own words
describe('fillOpposingSide: a generic word for the opposition\'s fighters', () => {
  const taken = 'On 15 August 2016, rebels captured the grain silos near Dabiq, Syria.';
  it('stands on the one side whose listed groups are named so, against the other side, not its backer', () => {
    const a = assembleText(taken, { Combatant1: 'Free Syrian Army · Turkey', Combatant2: 'Islamic State' });
    expect(sides(a)).toEqual([['2016-08-15', 'rebels', 'Islamic State', 'prose']]);
  });
  it('but on no side where no listed group is named so', () => {
    const a = assembleText(taken, { Combatant1: 'Turkey · Hamza Division', Combatant2: 'Islamic State' });
    expect(a.events[0]?.provenance['actor2']?.from).not.toBe('infobox:Combatant2');
  });
});

describe('resolveTwoSides: "the two groups" are the pair the sentence before named', () => {
  const box = { Combatant1: 'Free Syrian Army', Combatant2: 'Syria', Place: 'Tell Abyad, Syria' };
  it('the named groups, in the order told, not the fighters counted', () => {
    const a = assembleText('In May 2013, Ahrar al-Sham set up a checkpoint and captured 20 fighters from Jaysh al-Islam. Clashes between the two groups broke out in Tell Abyad.', box);
    expect(sides(a).at(-1)).toEqual(['2013-05-01', 'Ahrar al-Sham', 'Jaysh al-Islam', 'rule:two-sides']);
  });
  it('and none when the sentence before named three', () => {
    const a = assembleText('In May 2013, Ahrar al-Sham, Liwa al-Haqq and Jaysh al-Islam met in Tell Abyad. Clashes between the two groups broke out in Tell Abyad.', box);
    expect(sides(a).at(-1)?.[3]).not.toBe('rule:two-sides');
  });
});

describe('sidesFromContext: a fight naming no one who began it puts the article\'s attacker first', () => {
  // own words, after Battle_of_Sumy.txt ("fighting was reported in the streets of Sumy")
  const attacks = '== First days ==\n\nOn 1 March 2022, Russian forces attacked Ukrainian forces in Okhtyrka. On 2 March 2022, Russian forces attacked Ukrainian positions in Trostianets.';
  const deed = 'On 3 March 2022, Ukrainian forces destroyed a Russian column in Sumy. On 4 March, fighting was reported in the streets of Sumy.';
  it('takes the pair from the deed before it, turned to who attacks whom in the article', () => {
    expect(sides(assembleText(`${attacks}\n\n== Sumy ==\n\n${deed}`)).at(-1)).toEqual(['2022-03-04', 'Russia', 'Ukraine', 'rule:sides-from-paragraph']);
  });
  it('keeps the deed\'s order when the article has no attacker', () => {
    expect(sides(assembleText(`== Sumy ==\n\n${deed}`)).at(-1)).toEqual(['2022-03-04', 'Ukraine', 'Russia', 'rule:sides-from-paragraph']);
  });
});

describe('sidesFromContext: a shelling or strike naming no one who fired puts who shells in the article first', () => {
  // own words, after Battle_of_Kyiv_(2022).txt ("On 4 March, a new wave of shelling struck downtown Kyiv", told after a Ukrainian deed)
  const shelled = '== First days ==\n\nOn 1 March 2022, Russian forces shelled Ukrainian positions in Irpin. On 2 March 2022, Russian artillery shelled Ukrainian troops in Bucha.';
  const deed = 'On 3 March 2022, Ukrainian forces destroyed a Russian column in Kyiv. On 4 March, a new wave of shelling struck downtown Kyiv.';
  it('takes the pair from the deed before it, turned to who shells whom', () => {
    expect(sides(assembleText(`${shelled}\n\n== Kyiv ==\n\n${deed}`)).at(-1)).toEqual(['2022-03-04', 'Russia', 'Ukraine', 'rule:sides-from-paragraph']);
  });
  it('but not a bomb: who plants one is no one the count of who shells tells', () => {
    const bomb = 'On 3 March 2022, Ukrainian forces destroyed a Russian column in Kyiv. On 4 March, a car bomb exploded in downtown Kyiv.';
    expect(sides(assembleText(`${shelled}\n\n== Kyiv ==\n\n${bomb}`)).at(-1)?.[1]).not.toBe('Russia');
  });
});

describe('sidesFromContext: with no side named in its section, the sides of the article\'s fights of its kind', () => {
  // Battle_of_Sumy.txt's shape: shellings by one side, a fight in another section naming none
  const SHELLED = '== Shelling ==\n\nOn 1 March 2022, Russian forces shelled Ukrainian positions in Sumy. On 2 March 2022, Russian artillery shelled Ukrainian troops in Okhtyrka.';
  const TOLD = '== Later ==\n\nOn 4 March 2022, heavy shelling was reported in Sumy.';
  it('takes who shells most for a shelling', () => {
    const a = assembleText(`${SHELLED}\n\n${TOLD}`, UKRAINE_RUSSIA);
    expect(sides(a).at(-1)).toEqual(['2022-03-04', 'Russia', 'Ukraine', 'rule:sides-of-main-fight']);
  });
  it('takes none when both sides act as often, and a shelling of no one named is then no row (doneByNoOne)', () => {
    const answered = '== Answer ==\n\nOn 3 March 2022, Ukrainian forces shelled Russian positions in Sumy. On 3 March 2022, Ukrainian artillery shelled Russian troops in Trostianets.';
    const a = assembleText(`${SHELLED}\n\n${answered}\n\n${TOLD}`, UKRAINE_RUSSIA);
    expect(sides(a).map((row) => row[0])).not.toContain('2022-03-04');
  });
  it('takes who shells most for a shelling of civilians that names no one who shelled', () => {
    // Battle_of_Rastan_(January–February_2012).txt's shape: "On 21 February, artillery reportedly bombarded the city and killed 5 civilians."
    const a = assembleText(`${SHELLED}\n\n== Later ==\n\nOn 4 March 2022, shelling killed five civilians in Sumy.`, { ...UKRAINE_RUSSIA, Place: 'Sumy, Ukraine' });
    expect(sides(a).at(-1)).toEqual(['2022-03-04', 'Russia', 'Civilians (Ukraine)', 'rule:sides-of-main-fight']);
  });
  it('gives no unclaimed bomb a side', () => {
    const a = assembleText(`${SHELLED}\n\n== Later ==\n\nOn 4 March 2022, a car bomb exploded in Sumy.`, UKRAINE_RUSSIA);
    expect(sides(a).at(-1)?.[3]).not.toBe('rule:sides-of-main-fight');
  });
});

describe('fillOpposingSide: without infobox sides, the opponent the article\'s own words give', () => {
  // 2022_Novofedorivka_explosions.txt (trimmed, rewritten as fights): partisans named often, but beside Ukraine
  const BODY = 'On 9 August 2022, Ukrainian forces shelled Russian forces in Novofedorivka, Crimea. Partisans were said to help. Partisans, the partisans and more partisans. On 10 August 2022, Ukrainian forces shelled the airbase in Novofedorivka.';
  it('is the side met most in fights naming both', () => {
    const a = assembleText(BODY);
    expect(a.events.map((e) => [name(a, e.actor1), name(a, e.actor2), e.provenance['actor2']?.from])).toEqual([
      ['Ukraine', 'Russia', 'prose'],
      ['Ukraine', 'Russia', 'rule:opponent-in-prose'],
    ]);
  });
});

describe('fillOpposingSide: a group named as backed by a state is on its side', () => {
  // own words, after 2019_Turkish_offensive_into_north-eastern_Syria.txt ("Turkish backed forces had violated the ceasefire")
  const before = 'On 9 October 2019, Turkish forces launched an offensive in Syria. Turkish aircraft struck Tal Abyad, Syria.';
  it('never takes its backer for its opponent', () => {
    const a = assembleText(`${before} On 12 October 2019, Turkish backed forces fought in Ras al-Ayn, Syria.`, { Combatant1: 'Turkey · Syrian National Army' });
    expect(sides(a).at(-1)?.slice(1, 3)).toEqual(['Turkish backed forces', null]);
  });
  // Battle_of_Volnovakha.txt ("the city had been captured by pro-Russian separatists"), own words
  it('nor a state it is named as being for', () => {
    const a = assembleText('Russian forces shelled Mariupol. Russian troops advanced. Ukrainian forces held the line. On 12 March 2022, pro-Russian separatists captured Volnovakha, Ukraine.');
    expect(sides(a).at(-1)?.slice(1, 3)).toEqual(['pro-Russian separatists', 'Ukraine']);
  });
  it('while a group not said to be backed meets the state the article names most', () => {
    const a = assembleText(`${before} On 12 October 2019, the Syrian Democratic Forces fought in Ras al-Ayn, Syria.`);
    expect(sides(a).at(-1)?.slice(1, 3)).toEqual(['Syrian Democratic Forces', 'Türkiye']);
  });
});

describe('fillOpposingSide: civilians fight, shell and abduct no one', () => {
  it('takes a resident who told of arrests for a witness, not the one who arrested', () => {
    // Rif_Dimashq_offensive_(August–October_2012).txt (trimmed, dated, placed)
    const a = assembleText('On 20 August 2012, a resident of Midan told that everybody was being arrested or killed and that the army was making no difference between residents and identified gunmen.');
    const kinds = a.events.map((e) => a.entities.find((x) => x.id === e.actor1)?.kind ?? null);
    expect(kinds).not.toContain('civilians');
  });
  it('but residents may loot (Bombardment_of_Gao.txt)', () => {
    const a = assembleText('On 14 January 2013, residents looted the police station in Gao, Mali.');
    expect(a.events.map((e) => a.entities.find((x) => x.id === e.actor1)?.kind)).toEqual(['civilians']);
  });
  it('nor are they the other side of a battle that harmed them: the armed side it was fought against is', () => {
    // Battle_of_Hostomel.txt (dated, placed)
    const a = assembleText('On 5 March 2022, Russian forces captured Hostomel, Ukraine, and prevented civilians from evacuating the town.', UKRAINE_RUSSIA);
    expect(sides(a)).toEqual([['2022-03-05', 'Russia', 'Ukraine', 'prose']]);
  });
  it('but civilians stay whom violence against civilians hit', () => {
    const a = assembleText('On 5 March 2022, Russian soldiers shot civilians in Hostomel, Ukraine.', UKRAINE_RUSSIA);
    expect(sides(a)).toEqual([['2022-03-05', 'Russia', 'Civilians (Ukraine)', 'prose']]);
  });
});

describe('fillOpposingSide: the parties to an agreement the words leave unnamed', () => {
  it('are the first actor of each infobox side', () => {
    // Aras_Valley_campaign.txt (dated, placed)
    const a = assembleText('On 9 October 2020, both sides agreed to a temporary humanitarian ceasefire in Hadrut.', HADRUT);
    expect(a.events.map((e) => [e.sub_event_type, name(a, e.actor1), name(a, e.actor2), e.provenance['actor2']?.from])).toEqual([['Agreement', 'Azerbaijan', 'Artsakh', 'infobox:Combatant2']]);
  });
  it('the named party staying where the words put it', () => {
    // Battle_of_Kherson.txt's shape, our words: the party named is the one negotiated with
    const a = assembleText('On 2 March 2022, the city council began negotiations with Russian forces in Kherson.', UKRAINE_RUSSIA);
    expect(a.events.map((e) => [e.sub_event_type, name(a, e.actor1), name(a, e.actor2)])).toEqual([['Agreement', 'Ukraine', 'Russia']]);
  });
  it('never those it is for, and the party it was reached with as the other', () => {
    // own words: civilians are what a corridor is for; "reached with Russia" names the counterpart
    const corridor = assembleText('On 7 March 2022, Ukrainian forces agreed to a humanitarian corridor for civilians through Volnovakha.', UKRAINE_RUSSIA);
    expect(corridor.events.map((e) => [name(corridor, e.actor1), name(corridor, e.actor2)])).toEqual([['Ukraine', 'Russia']]);
    const reached = assembleText('On 8 March 2022, an evacuation from Sumy began under an agreement for a humanitarian corridor reached with Russia.', UKRAINE_RUSSIA);
    expect(reached.events.map((e) => [name(reached, e.actor1), name(reached, e.actor2)])).toEqual([['Ukraine', 'Russia']]);
  });
  it('keeping the named party on its own side', () => {
    const a = assembleText('On 9 October 2020, Armenia agreed to a temporary humanitarian ceasefire in Hadrut.', HADRUT);
    expect(a.events.map((e) => [name(a, e.actor1), name(a, e.actor2)])).toEqual([['Armenia', 'Azerbaijan']]);
  });
});

describe('withPartner: the parties to an agreement joined by "and" in its subject', () => {
  it.each([
    // 2016_Southern_Aleppo_campaign.txt
    ['On 5 May 2016, the United States and Russia agreed on a cessation of hostilities in Aleppo for 48 hours.', ['United States', 'Russia']],
    // Idlib_Governorate_clashes_(January–March_2017).txt (dated)
    ['On 15 February 2017, Turkistan Islamic Party and Liwa al-Aqsa negotiated an agreement in Khan Shaykhun.', ['Turkistan Islamic Party', 'Liwa al-Aqsa']],
    // 2019_Turkish_offensive_into_north-eastern_Syria.txt (placed): a title and a name between the parties
    ['On 22 October 2019, Russian President Vladimir Putin and Turkish President Recep Tayyip Erdoğan reached a deal in Sochi, Russia.', ['Russia', 'Türkiye']],
  ])('%s', (body, row) => {
    const a = assembleText(body);
    expect(a.events.map((e) => [name(a, e.actor1), name(a, e.actor2)])).toEqual([row]);
  });
  it('but not an ally joined to an actor of a fight (Idlib_Governorate_clashes_(January–March_2017).txt, shortened)', () => {
    const a = assembleText('On 8 June 2017, the 13th Division and the Free Police joined the fighting in Maarrat al-Nu\'man.');
    expect(a.events.map((e) => name(a, e.actor2))).toEqual([null]);
  });
});

// Khan_al-Shih_offensive_(October–November_2016).txt's shape ("the rebels in Khan al-Shih started negotiating to surrender"), own words
describe('foughtWith: an agreement naming one party is with the side it fights in the article', () => {
  const fights = 'The offensive began in October.\n\n== Fighting ==\n\nOn 1 November 2016, the Syrian Army attacked rebels in Khan al-Shih, Syria. On 2 November 2016, the Syrian Army shelled rebel positions in Khan al-Shih.';
  it('the opponent the words set it against', () => {
    const a = assembleText(`${fights}\n\n== Surrender ==\n\nOn 5 November 2016, the rebels in Khan al-Shih agreed to surrender.`);
    expect(a.events.filter((e) => e.sub_event_type === 'Agreement').map((e) => [name(a, e.actor1), name(a, e.actor2), e.provenance['actor2']?.from])).toEqual([['rebels', 'Syria', 'rule:opponent-in-prose']]);
  });
  it('and none where the words set it against no one', () => {
    const a = assembleText('The offensive began in October.\n\n== Surrender ==\n\nOn 5 November 2016, the rebels in Khan al-Shih, Syria, agreed to surrender.');
    expect(a.events.filter((e) => e.sub_event_type === 'Agreement').map((e) => name(a, e.actor2))).toEqual([null]);
  });
});

describe('fillOpposingSide: a town besieged was held by the other side', () => {
  it.each([
    // March_2020_Daraa_clashes.txt (dated, the country added)
    ['On 1 March 2020, Sanamayn, Syria, was besieged by the Syrian military.', { Combatant1: 'Syria', Combatant2: 'Syrian opposition' }, ['Syria', 'Syrian opposition', 'infobox:Combatant2']],
    // 2021_Daraa_offensive.txt (shaped): no infobox, no side to give
    ['On 29 July 2021, government troops besieged Daraa al-Balad in Daraa, Syria.', undefined, ['Syria', null, undefined]],
  ])('%s', (body, infobox, row) => {
    const a = assembleText(body, infobox);
    expect(a.events.map((e) => [name(a, e.actor1), name(a, e.actor2), e.provenance['actor2']?.from])).toEqual([row]);
  });
});

describe('sides: an actor never meets itself', () => {
  it.each([
    // Battle_of_Hadrut.txt: the town lies in Azerbaijan, but the shelled side is the infobox's other one
    ['On 1 October 2020, Artsakh authorities stated that Hadrut was being shelled by Azerbaijani artillery.', ['Azerbaijan', 'Artsakh', 'infobox:Combatant2']],
    ['On 1 October 2020, Azerbaijani artillery shelled Azerbaijani positions near Hadrut.', ['Azerbaijan', 'Artsakh', 'infobox:Combatant2']],
  ])('%s', (body, [actor1, actor2, from]) => {
    const a = assembleText(body, HADRUT);
    expect(a.events.map((e) => [name(a, e.actor1), name(a, e.actor2), e.provenance['actor2']?.from])).toEqual([[actor1, actor2, from]]);
  });

  it('finds the other side for forces named together with their own unit', () => {
    const a = assembleText('On 24 February 2022, Russian forces of the 49th Combined Arms Army attacked Kherson.', UKRAINE_RUSSIA);
    expect(sides(a)).toEqual([['2022-02-24', 'Russia', 'Ukraine', 'prose']]);
    expect(a.events[0]?.provenance['actor2']?.from).toBe('infobox:Combatant1');
  });
});

describe("sides: a unit stands for its state, and is kept beside it", () => {
  it.each([
    // a unit that attacked
    ['On 24 February 2022, the 49th Combined Arms Army attacked Ukrainian forces near Kherson.', UKRAINE_RUSSIA, ['Russia', 'Ukraine'], ['49th Combined Arms Army']],
    // 2022_Chornobaivka_attacks.txt
    // a unit attacked
    ['On 5 August 2022, Ukraine attacked the command post of the 49th Combined Arms Army in Chornobaivka, Kherson Oblast.', UKRAINE_RUSSIA, ['Ukraine', 'Russia'], ['49th Combined Arms Army']],
    [
      // Battle_of_Hadrut.txt: a unit whose headquarters were struck stands for the first state of the side Azerbaijan fights
      'On 1 October 2020, Artsakh authorities stated that Hadrut was being shelled by Azerbaijani artillery. The Azerbaijani MoD stated that Azerbaijani forces were striking military facilities, namely the headquarters of the 18th Motorized Rifle Division.',
      HADRUT,
      ['Azerbaijan', 'Armenia'],
      ['18th Motorized Rifle Division'],
    ],
  ])('%s', (body, infobox, actors, assoc) => {
    const a = assembleText(body, infobox);
    expect(a.events).toHaveLength(1);
    expect([name(a, a.events[0]?.actor1), name(a, a.events[0]?.actor2)]).toEqual(actors);
    expect(a.events[0]?.assoc_actors.map((id) => name(a, id))).toEqual(assoc);
  });

  it('finds the other side of a unit the infobox lists under its state', () => {
    // Battle_of_Volnovakha.txt (trimmed): the commander of a battalion listed in units1 fell; units1 serves combatant1
    const box = { Place: 'Volnovakha, Ukraine', Combatant1: "Russia · Donetsk People's Republic", Combatant2: 'Ukraine', Units1: 'DPR Armed Forces · Sparta Battalion' };
    const a = assembleText('On 5 March 2022, DPR authorities announced that the commander of Sparta Battalion had been killed in action at Volnovakha.', box);
    expect(a.events.map((e) => [name(a, e.actor1), name(a, e.actor2)])).toEqual([['Ukraine', 'Russia']]);
  });

  it('makes one row of a unit and its state doing the same thing on the same day at the same place', () => {
    const a = assembleText('On 24 February 2022, the 49th Combined Arms Army attacked Ukrainian forces near Kherson. Later that day, Russian forces attacked Ukrainian forces near Kherson.', UKRAINE_RUSSIA);
    expect(sides(a)).toEqual([['2022-02-24', 'Russia', 'Ukraine', 'prose']]);
    expect(a.events[0]?.evidence).toHaveLength(2);
  });
});

describe('fillOpposingSide: the force that fights for a side, not the political body listed over it', () => {
  // Battle_of_Harem.txt: "Combatant2: National Coalition · Free Syrian Army · Joint Military Councils"
  const CAPTURE = '== Battle ==\n\nOn 5 June 2012, the Syrian Army captured Harem.';
  it('skips a coalition, council or government that is no state', () => {
    const a = assembleText(CAPTURE, { Combatant1: 'Syria', Combatant2: 'National Coalition · Free Syrian Army · Joint Military Councils' });
    expect(sides(a)[0]?.[2]).toBe('Free Syrian Army');
  });
  it('keeps the first member when it is a fighting force, and a military council fights', () => {
    const a = assembleText(CAPTURE, { Combatant1: 'Syria', Combatant2: 'Revolutionary Military Council of Hasaka · Free Syrian Army' });
    expect(sides(a)[0]?.[2]).toBe('Revolutionary Military Council of Hasaka');
  });
});

describe('fillOpposingSide: civilians of one state struck in a war between states', () => {
  // own words; UNARMED_PEOPLE (src/recognise/names/_words.ts) makes "a 10-year-old Armenian girl" Armenia's civilians
  const STRUCK = 'On 4 October 2020, a 10-year-old Armenian girl was killed by a rocket in Martakert.';
  it('were struck by the other state', () => {
    const a = assembleText(STRUCK, { Combatant1: 'Azerbaijan', Combatant2: 'Armenia' });
    expect(a.events.map((e) => [name(a, e.actor1), name(a, e.actor2)])).toEqual([['Azerbaijan', 'Civilians (Armenia)']]);
  });
  it('but in a civil war no rebel group is guessed as who struck them', () => {
    const a = assembleText('On 23 December 2012, a 10-year-old Syrian girl was killed by a rocket in Halfaya.', { Combatant1: 'Free Syrian Army', Combatant2: 'Syria' });
    expect(a.events.map((e) => name(a, e.actor1))).not.toContain('Free Syrian Army');
  });
});

// mainOpponent (src/assemble/_sides.ts) and isSource (src/assemble/_actors.ts). 2023_Ukrainian_counteroffensive.txt ("The
// Institute for the Study of War (ISW), an independent think tank, noted that …", "The ISW assessed that …"), own words
describe('mainOpponent: a body cited for the news is no side of the fight', () => {
  const strike = 'On 5 June 2023, Ukrainian forces attacked near Bakhmut, Ukraine.';
  const opponent = (body: string) => {
    const a = assembleText(body);
    const e = a.events.at(-1);
    return a.entities.find((x) => x.id === e?.actor2)?.name ?? null;
  };
  it('however often it is cited', () => {
    expect(opponent(`The Institute for the Study of War (ISW), a think tank, noted that the front was quiet. The ISW assessed that the lines held. ${strike}`)).toBeNull();
  });
  // Battle_of_Lysychansk.txt ("The ISW theorized that they were conducting a fighting retreat"), own words: more verbs of telling
  it('whatever verb of telling cites it', () => {
    expect(opponent(`The Institute for the Study of War (ISW), a think tank, theorized that the front was quiet. The ISW suggested that the lines held. ${strike}`)).toBeNull();
  });
  it('but a group the words also name outside a citation counts', () => {
    expect(opponent(`The Dnipro Legion noted that the front was quiet. The Dnipro Legion held the line near Bakhmut. ${strike}`)).toBe('Dnipro Legion');
  });
});

// mainOpponent (src/assemble/_sides.ts). 2023_Ukrainian_counteroffensive.txt names Russian forces 28 times and a
// militia twice; Battle_of_Mosul_(2016–2017).txt names Iraq beside the United States 186 times and ISIL 117. Own words.
describe('mainOpponent: a state meets another state only when the article names it far more than any group', () => {
  const opponent = (body: string) => {
    const a = assembleText(body);
    return a.entities.find((x) => x.id === a.events.at(-1)?.actor2)?.name ?? null;
  };
  const russianFront = 'Russian forces held the line. Russian troops dug in. Russian artillery fired all week. A militia guarded a bridge.';
  it('in a war between states, the other state', () => {
    expect(opponent(`${russianFront} On 5 June 2023, Ukrainian forces attacked near Bakhmut, Ukraine.`)).toBe('Russia');
  });
  it('in a civil war, the group, though the ally state is named more often', () => {
    expect(opponent('Iraqi forces held the line. Iraqi troops dug in. The Islamic State of Iraq and the Levant (ISIL) held the old city and ISIL mined the bridges. On 5 March 2017, American aircraft struck Mosul, Iraq.')).toBe('ISIL');
  });
});

// mergeDrafts (src/assemble/_merge.ts). 2017_Mosul_airstrike.txt: "an American bombing … that killed 278 civilians" and
// "the American-led coalition conducted an airstrike targeting ISIL fighters … on 17 March". Own words.
describe('mergeDrafts: one strike told by its victims and by its target is coded against its target', () => {
  const bombed = 'On 17 March 2017, American aircraft bombed a house in Mosul, Iraq, killing 40 civilians. The Islamic State of Iraq and the Levant (ISIL) held the district.';
  const row = (body: string) => {
    const a = assembleText(body);
    return a.events.map((e) => [e.sub_event_type, name(a, e.actor1), name(a, e.actor2), e.civilian_fatalities]);
  };
  it('the side it was aimed at, the civilians among its dead', () => {
    expect(row(`${bombed} The United States confirmed that it conducted an airstrike targeting ISIL fighters on 17 March in Mosul.`)).toEqual([['Air/drone strike', 'United States', 'ISIL', 40]]);
  });
  it('the civilians where no words name an armed target', () => {
    expect(row(bombed)).toEqual([['Air/drone strike', 'United States', 'Civilians (Iraq)', 40]]);
  });
});

// deadSide (src/assemble/_deadSide.ts): where no target was named, the one armed side every toll counts the dead of
describe('deadSide: a strike with no target named struck the side its dead are counted of', () => {
  const box = { Combatant1: 'Iraq', Combatant2: 'Islamic State of Iraq and the Levant' };
  const sides = (body: string) => {
    const a = assembleText(body, box);
    const n = (id: string | null | undefined) => (id ? (a.entities.find((e) => e.id === id)?.name ?? null) : null);
    return a.events.map((e) => [n(e.actor1), n(e.actor2), e.provenance['actor2']?.from ?? null]);
  };
  it.each([
    // Third_Battle_of_Fallujah.txt (dated, the country named)
    ['On 27 May 2016, US-led Coalition air and artillery strikes in and around Fallujah killed 70 ISIL fighters in Fallujah, Iraq.', ['United States', 'Islamic State of Iraq and the Levant', 'rule:dead-side']],
    // Battle_of_Ramadi_(2015–2016).txt (dated, the country named)
    ['On 9 January 2016, a Coalition airstrike reportedly killed 25 ISIL commanders in Ramadi, Iraq.', ['Coalition', 'Islamic State of Iraq and the Levant', 'rule:dead-side']],
    // own words: "fighters" counts the dead of no side, and the target stays unnamed
    ['On 27 May 2016, US-led Coalition air and artillery strikes in and around Fallujah killed 70 fighters in Fallujah, Iraq.', ['United States', null, null]],
  ])('%s', (body, row) => {
    expect(sides(body)).toEqual([row]);
  });
});
