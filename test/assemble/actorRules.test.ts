import { describe, expect, it } from 'vitest';
import type { AssembledArticle } from '../../src/assemble/index.js';
import { assembleText } from '../helpers/assembleText.js';

const name = (a: AssembledArticle, id: string | null | undefined): string | null => (id ? (a.entities.find((e) => e.id === id)?.name ?? null) : null);
const only = (a: AssembledArticle) => {
  expect(a.events).toHaveLength(1);
  return a.events[0] as AssembledArticle['events'][number];
};

describe('assemble: who acted, by ACLED conventions', () => {
  it('codes an unclaimed bomb to an unidentified armed group of the country', () => {
    const a = assembleText('On 6 February 2013, 54 people were killed in Hama, Syria, when a mini-bus blew up at a bus stop.');
    const event = only(a);
    expect(name(a, event.actor1)).toBe('Unidentified Armed Group (Syria)');
    expect(event.provenance['actor1']?.from).toBe('rule:unidentified-perpetrator');
  });

  it('takes who "confirmed" a happening for its source, not its actor', () => {
    // 2022_Chornobaivka_attacks.txt (trimmed, dated, placed): a command reports a blow its country struck
    const a = assembleText('On 27 July 2022, the Operational Command South confirmed the destruction of another Russian ammunition depot in Chornobaivka, Ukraine.');
    expect(name(a, only(a).actor1)).not.toBe('Operational Command South');
    // a support verb of doing keeps its subject as the actor ("launched an attack")
    const b = assembleText('On 27 July 2022, the Operational Command South launched an attack on a Russian ammunition depot in Chornobaivka, Ukraine.');
    expect(name(b, only(b).actor1)).toBe('Operational Command South');
  });

  // 2017_Southern_Raqqa_offensive.txt ("ISIL attempted to cut off the Syrian Army supply line …, but the assault was thwarted"), own words
  it('makes an attack told as repelled the attackers\', whoever repelled it', () => {
    const box = { Combatant1: 'Ukraine', Combatant2: 'Russia', Place: 'Izium, Ukraine' };
    const thwarted = assembleText('On 6 May 2022, Russian forces attempted to cut the road to Izium, but the assault was thwarted.', box);
    expect([name(thwarted, only(thwarted).actor1), name(thwarted, only(thwarted).actor2)]).toEqual(['Russia', 'Ukraine']);
    const repelled = assembleText('On 7 May 2022, Ukrainian forces repelled a Russian attack on Balakliia.', box);
    expect([name(repelled, only(repelled).actor1), name(repelled, only(repelled).actor2)]).toEqual(['Russia', 'Ukraine']);
  });

  // Battle_of_al-Haffah.txt ("UN observers were blocked from entering the city during the battle, but received reports
  // of civilians trapped"), own words; 2019_Turkish_offensive_into_north-eastern_Syria.txt for "by" naming the agent
  it('takes a passive\'s agent only from its own "by" phrase, not a "from" before a gerund or a later clause', () => {
    const box = { Place: 'Haffah, Syria' };
    const blocked = assembleText('On 9 June 2012, UN monitors were blocked from entering Haffah, but heard of civilians trapped inside.', box);
    expect(blocked.events.map((e) => name(blocked, e.actor1))).not.toContain('Civilians (Syria)');
    const later = assembleText('On 9 June 2012, the convoy was attacked near Haffah, and weeks later civilians fled from Syrian soldiers.', box);
    expect(name(later, only(later).actor1)).toBeNull();
    const by = assembleText('On 9 June 2012, UN monitors were blocked by Syrian soldiers from entering Haffah.', box);
    expect(name(by, only(by).actor1)).toBe('Syria');
  });

  // Battle_of_Tell_Abyad_(2013).txt ("infighting erupted between Ahrar al-Sham and ISIL and the latter gained complete
  // control over the Tell Abyad countryside"), own words
  it('makes "the latter" or "the former" the second or the first of the two actors named before it', () => {
    const latter = assembleText('In March 2014, fighting broke out between Jaysh al-Islam and the Nusra Front, and the latter captured the town of Douma, Syria.');
    expect([name(latter, only(latter).actor1), name(latter, only(latter).actor2)]).toEqual(['Nusra Front', 'Jaysh al-Islam']);
    const former = assembleText('In March 2014, fighting broke out between Jaysh al-Islam and the Nusra Front, and the former captured the town of Douma, Syria.');
    expect(name(former, only(former).actor1)).toBe('Jaysh al-Islam');
    // two groups the infobox lists on one side, set against each other by the words, fight each other
    const allies = assembleText('In March 2014, infighting broke out between Jaysh al-Islam and the Nusra Front, and the latter captured the town of Douma, Syria.', { Combatant1: 'Syria', Combatant2: 'Jaysh al-Islam · Nusra Front' });
    expect([name(allies, only(allies).actor1), name(allies, only(allies).actor2)]).toEqual(['Nusra Front', 'Jaysh al-Islam']);
  });

  // Battle_of_Idlib_(2012).txt ("the London-based Syrian Observatory for Human Rights (SOHR) reported that … 150 people had been arrested"), own words
  it('takes a source named with its acronym in brackets for who told, not whom it befell', () => {
    const told = assembleText('On 10 March 2012, the Syrian Observatory for Human Rights (SOHR) reported that 150 people had been arrested by the army in Idlib.', { Place: 'Idlib, Syria' });
    expect(name(told, only(told).actor2)).toBe('Civilians (Syria)');
    const named = assembleText('On 10 March 2012, members of the Local Coordination Committees (LCC) were arrested by the army in Idlib.', { Place: 'Idlib, Syria' });
    expect(name(named, only(named).actor2)).not.toBe('Civilians (Syria)');
  });

  // Lachin_offensive.txt ("took control of Zəngilan …, thus taking full control over the Azerbaijan–Iran border"), own words
  it('takes no country that names a side of a border for a side of the fight', () => {
    const box = { Combatant1: 'Azerbaijan', Combatant2: 'Artsakh', Place: 'Jabrayil, Azerbaijan' };
    const border = assembleText('On 20 October 2020, Azerbaijani forces took control of Jabrayil, thus taking full control over the Azerbaijan–Iran border.', box);
    expect(name(border, only(border).actor2)).not.toBe('Iran');
    const named = assembleText('On 20 October 2020, Azerbaijani forces shelled Iran near Jabrayil.', box);
    expect(name(named, only(named).actor2)).toBe('Iran');
  });

  // First_Battle_of_Lyman.txt ("forces of the 128th Mountain Assault Brigade conducted an offensive which reportedly drove Russian
  // forces 6–10 kilometers away"), own words
  it('takes whom an offensive drove back for whom it was against', () => {
    const a = assembleText('On 7 April 2022, Ukrainian forces conducted an offensive which reportedly drove Russian forces 5 kilometers away from Izium.', { Place: 'Izium, Ukraine' });
    expect([name(a, only(a).actor1), name(a, only(a).actor2)]).toEqual(['Ukraine', 'Russia']);
  });

  it('keeps a named bomber', () => {
    const a = assembleText('On 16 July 2013, the al-Nusra Front detonated a car bomb in Hama, Syria.');
    expect(name(a, only(a).actor1)).toBe('al-Nusra Front');
  });

  it('reads "they" as the paragraph\'s last named actor', () => {
    const a = assembleText('On 28 March 2015, FSA rebels captured the town of Idlib, Syria. On 29 March, they reportedly captured parts of the town of Ariha.');
    expect(a.events.map((e) => name(a, e.actor1))).toEqual(['FSA rebels', 'FSA rebels']);
    expect(a.events[1]?.provenance['actor1']?.from).toBe('rule:back-reference');
  });

  it('reads "the group" opening a paragraph as the armed group its section last named, but "they" only within its paragraph', () => {
    // own words, in the shape of a news paragraph break
    const body = '== Attacks ==\n\nOn 6 June 2014, ISIL attacked the northwestern part of Mosul, Iraq.\n\nOn 8 June, the group bombed a party office in Jalawla, Iraq.';
    const a = assembleText(body);
    expect(a.events.map((e) => name(a, e.actor1))).toEqual(['ISIL', 'ISIL']);
    const b = assembleText(body.replace('the group bombed', 'they bombed'));
    expect(b.events[1]?.provenance['actor1']?.from).not.toBe('rule:back-reference');
  });

  it('reads "it" in what a side said of itself as that side', () => {
    // Battle_of_Izium_(2022).txt (dated, placed, a country as the speaker)
    const a = assembleText('Russia announced on 24 March 2022 that it had taken full control of Izium, Ukraine, which was denied by Ukraine.', { Combatant1: 'Russia', Combatant2: 'Ukraine' });
    expect(a.events.map((e) => [name(a, e.actor1), e.provenance['actor1']?.from])).toEqual([['Russia', 'rule:speaker-of-itself']]);
  });

  it('but not a pronoun with no speaker before it', () => {
    const a = assembleText('On 24 March 2022, it was announced that they had taken full control of Izium, Ukraine.');
    expect(a.events.map((e) => e.provenance['actor1']?.from ?? null)).not.toContain('rule:speaker-of-itself');
  });

  it.each([
    // 2021_Daraa_offensive.txt (dated, placed): the agent of a passive
    ['On 16 August 2021, a member of the Syrian Army was shot dead by unknown gunmen in Daraa, Syria.', 'Unidentified Armed Group (Syria)'],
    // Lebanon–Syria_border_clashes.txt (dated, placed): the subject
    ['On 6 June 2013, unknown gunmen attacked a Lebanese Army checkpoint in Arsal, Lebanon.', 'Unidentified Armed Group (Lebanon)'],
  ])('names the unknown the words say did it: %s', (body, actor) => {
    expect(assembleText(body).events.map((e) => name(assembleText(body), e.actor1))).toEqual([actor]);
  });

  it('and a side the unknown words name, while the other side stays who it is', () => {
    const a = assembleText('On 10 March 2014, Syrian forces clashed with unknown gunmen near Idlib, Syria.');
    expect(a.events.map((e) => [name(a, e.actor1), name(a, e.actor2)])).toEqual([['Syria', 'Unidentified Armed Group (Syria)']]);
  });

  it('names both sides of deaths "in clashes", in the order named', () => {
    const a = assembleText('On 15 April 2014, 21 rebels and a number of Syrian Army soldiers were reportedly killed in clashes around Idlib, Syria.');
    const event = only(a);
    expect(name(a, event.actor1)).toBe('rebels');
    expect(name(a, event.actor2)).toBe('Syria');
  });

  it('makes who a soldier was "killed in action with" the actor', () => {
    const a = assembleText('On 19 April 2016, a soldier of the Armenian military was reported killed in action with Azerbaijani forces near Tartar, Azerbaijan.');
    const event = only(a);
    expect(name(a, event.actor1)).toBe('Azerbaijan');
    expect(name(a, event.actor2)).toBe('Armenia');
  });

  it('does not take a cited source or a leading ally as the target', () => {
    const a = assembleText('On 10 December 2012, the town of Aleppo, Syria, fell to rebels led by the jihadist group Jabhat al-Nusra according to Syrian media.');
    const event = only(a);
    expect(name(a, event.actor1)).toBe('rebels');
    expect(name(a, event.actor2)).not.toBe('Jabhat al-Nusra');
  });

  it('reads "pro-Russian separatists" as a group, not Russia', () => {
    const a = assembleText('On 12 March 2022, the city of Volnovakha, Ukraine, had been captured by pro-Russian separatists.');
    expect(name(a, only(a).actor1)).toBe('pro-Russian separatists');
  });

  it('ties an acronym before a force noun to the name it abbreviates', () => {
    const a = assembleText('On 25 February 2022, DPR forces captured the town of Volnovakha, Ukraine.', { Combatant1: "Donetsk People's Republic", Combatant2: 'Ukraine' });
    expect(name(a, only(a).actor1)).toBe("Donetsk People's Republic");
  });
});

describe('assemble: whom', () => {
  it('makes civilian targets of a shelling "Civilians (country)"', () => {
    const a = assembleText('On 25 February 2022, Russian forces shelled Volnovakha, Ukraine, hitting civilian areas.');
    const event = only(a);
    expect(name(a, event.actor2)).toBe('Civilians (Ukraine)');
    expect(event.provenance['actor2']?.from).toBe('rule:civilian-target');
  });

  it('makes "Azerbaijani civilians" the civilians of Azerbaijan, not its state', () => {
    const a = assembleText('On 7 April 2016, Armenian forces shelled an ambulance evacuating injured Azerbaijani civilians near Tartar, Azerbaijan.');
    expect(name(a, only(a).actor2)).toBe('Civilians (Azerbaijan)');
  });

  it('puts a numbered unit attacked by one side on the other side\'s state', () => {
    const a = assembleText(
      'On 5 August 2022, Ukraine attacked the command post of the 49th Combined Arms Army in Chornobaivka, Kherson Oblast.',
      { Combatant1: 'Ukraine', Combatant2: 'Russia' },
    );
    const event = only(a);
    expect(name(a, event.actor2)).toBe('Russia');
    expect(event.assoc_actors.map((id) => name(a, id))).toEqual(['49th Combined Arms Army']);
  });
});

// orderedByInfobox (src/assemble/_sides.ts). Deir_ez-Zor_Governorate_clashes.txt ("clashes between the SDF and pro-Syrian
// government forces near Khasham", under "Combatant1: Syrian government"), own words
describe('assemble: a fight told "between" two sides', () => {
  const box = { Combatant1: 'Syria', Combatant2: 'Syrian Democratic Forces' };
  const sides = (body: string) => {
    const a = assembleText(body, box);
    return a.events.map((e) => [e.sub_event_type, name(a, e.actor1), name(a, e.actor2)]);
  };
  it('takes the infobox\'s order, whichever side the sentence names first', () => {
    expect(sides('On 8 February 2018, clashes broke out between the Syrian Democratic Forces and Syrian government forces near Khasham, Syria.')).toEqual([['Armed clash', 'Syria', 'Syrian Democratic Forces']]);
  });
  it('but an attack keeps its attacker first', () => {
    expect(sides('On 8 February 2018, the Syrian Democratic Forces attacked Syrian government forces near Khasham, Syria.')).toEqual([['Armed clash', 'Syrian Democratic Forces', 'Syria']]);
  });
  // betweenPair (src/assemble/_actors.ts). Battle_of_Safira.txt ("clashes took place between Al-Nusra Front and several
  // other rebel battalions and government forces"), own words
  it('reads groups joined to the first side by a common noun as beside it, the last side named as the other', () => {
    expect(sides('On 8 February 2018, clashes broke out between the Syrian Democratic Forces and several allied militias and Syrian government forces near Khasham, Syria.')).toEqual([['Armed clash', 'Syria', 'Syrian Democratic Forces']]);
  });
  it('but with only two sides named, the second is the other side', () => {
    expect(sides('On 8 February 2018, clashes broke out between the Syrian Democratic Forces and militias near Khasham, Syria.')).toEqual([['Armed clash', 'Syrian Democratic Forces', 'militias']]);
  });
});

// takeClaimant (src/assemble/_corefer.ts). Combat_operations_in_2013_during_the_Battle_of_Aleppo.txt: "On 17 June, a
// car-bomb hit an Army facility … Jabhat al-Nusra claimed responsibility for the attack." Own words.
describe('assemble: who claims a happening told before did it', () => {
  const bomb = 'On 3 May 2015, a car bomb exploded at a checkpoint in Idlib, Syria, killing 12 soldiers.';
  const doer = (body: string) => {
    const a = assembleText(body);
    return a.events.map((e) => [name(a, e.actor1), e.provenance['actor1']?.from]);
  };
  it('where its own words named no one, or only "militants"', () => {
    expect(doer(`${bomb} Jabhat al-Nusra claimed responsibility for the attack.`)).toEqual([['Jabhat al-Nusra', 'prose']]);
    expect(doer('On 3 May 2015, militants attacked a checkpoint in Idlib, Syria. Jabhat al-Nusra claimed responsibility for the attack.')).toEqual([['Jabhat al-Nusra', 'prose']]);
  });
  it('but one who condemned it did not, and a claim displaces no doer its own words named', () => {
    expect(doer(`${bomb} Jabhat al-Nusra condemned the attack.`)).toEqual([['Unidentified Armed Group (Syria)', 'rule:unidentified-perpetrator']]);
    expect(doer('On 3 May 2015, Ahrar al-Sham attacked a checkpoint in Idlib, Syria. Jabhat al-Nusra claimed responsibility for the attack.')).toEqual([['Ahrar al-Sham', 'prose']]);
  });
});

// A verb whose doer comes after it (lexicon `doerAfter`): "X fell to Y" was taken by Y.
describe('assemble: "fell to" names who took the place after the verb', () => {
  const box = { Combatant1: 'Syria', Combatant2: 'Free Syrian Army' };
  it.each([
    // Siege_of_Wadi_Deif_(2012–2013).txt (dated, a village named)
    ['On 1 October 2012, the village of Maarshamsheh fell to the rebels.', 'rebels'],
    // Siege_of_Base_46.txt (dated): who led the rebels is no subject of the verb
    ['On 10 December 2012, the Sheikh Suleiman base finally fell to rebels led by the jihadist group Jabhat al-Nusra.', 'rebels'],
  ])('%s', (body, taker) => {
    const a = assembleText(body, box);
    const event = only(a);
    expect([event.sub_event_type, name(a, event.actor1)]).toEqual(['Non-state actor overtakes territory', taker]);
  });

  // Battle_of_Mosul_(2016–2017).txt (reworded, another city): a number that fell to another took nothing
  it('makes no event of a figure that fell', () => {
    const a = assembleText('The population of Aleppo fell to approximately 1 million in 2014.');
    expect(a.events.filter((e) => e.provenance['event_type']?.from.startsWith('rule:trigger-capture'))).toEqual([]);
  });
});

describe('assemble: a passive\'s subject is in its own clause, and a participle joined to another is passive too', () => {
  const box = { Combatant1: 'Iraq', Combatant2: 'Islamic State of Iraq and the Levant' };
  // Second_Battle_of_Tikrit.txt (dated): the struck are who the clause of "killed" names, not the government of its first clause
  it('Despite the Iraqi government declaring …, until 140 ISIL sleeper agents were located and killed by Iraqi security forces', () => {
    const a = assembleText('Despite the Iraqi government declaring that Tikrit was free of ISIL, ISIL militants continued to hide in the city, until the remaining 140 ISIL sleeper agents were located and killed by Iraqi security forces on 17 April 2015.', box);
    const event = only(a);
    expect([event.sub_event_type, name(a, event.actor1), name(a, event.actor2)]).toEqual(['Armed clash', 'Iraq', 'Islamic State of Iraq and the Levant']);
  });

  // Battle_of_Douma.txt (shortened, dated, placed): "were reported killed" is a passive, and the dead it counts did not kill
  it('On 16 October 2012, 12 rebels and 4 soldiers were reported killed as well as 16 civilians', () => {
    const a = assembleText('On 16 October 2012, 12 rebels and 4 soldiers were reported killed as well as 16 civilians in Douma, Syria.', { Combatant1: 'Syria', Combatant2: 'Free Syrian Army' });
    expect(a.events.filter((e) => e.event_type === 'Violence against civilians')).toEqual([]);
  });

  // own words: a participle alone keeps its passive subject, in a sentence of one clause
  it('On 17 April 2015, ISIL militants were killed by Iraqi security forces in Tikrit.', () => {
    const a = assembleText('On 17 April 2015, ISIL militants were killed by Iraqi security forces in Tikrit.', box);
    const event = only(a);
    expect([name(a, event.actor1), name(a, event.actor2)]).toEqual(['Iraq', 'Islamic State of Iraq and the Levant']);
  });
});
