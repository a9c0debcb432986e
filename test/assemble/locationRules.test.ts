import { describe, expect, it } from 'vitest';
import type { AssembledArticle } from '../../src/assemble/index.js';
import { assembleText } from '../helpers/assembleText.js';

const name = (a: AssembledArticle, id: string | null | undefined): string | null => (id ? (a.entities.find((e) => e.id === id)?.name ?? null) : null);

describe('assemble: where, when the map does not know the place', () => {
  it('uses the mapped place the article says it is "located north of"', () => {
    const a = assembleText('On 20 November 2012, rebels stormed the base at Qarfa Shamaliya, located north of Aleppo. On 10 December 2012, rebels captured Qarfa Shamaliya.', { Place: 'Aleppo, Syria' });
    const last = a.events[a.events.length - 1];
    expect(name(a, last?.location)).toBe('Aleppo');
    expect(last?.geo_precision).toBe(2);
    expect(last?.provenance['location']?.from).toBe('rule:located-near');
  });

  it('keeps a mapped place beside the one the words put it near ("Rastan, near Homs")', () => {
    const a = assembleText('On 5 March 2012, rebels captured Rastan, near Homs, Syria.', { Place: 'Homs Governorate, Syria' });
    expect(name(a, a.events[0]?.location)).toBe('Rastan');
  });

  it('puts "the nearby town of X" near the article\'s own place, not at a namesake far away', () => {
    const a = assembleText('On 25 February 2022, Russian forces captured the nearby town of Mykolaivka.', { Place: 'Volnovakha, Donetsk Oblast, Ukraine' });
    const [event] = a.events;
    expect(name(a, event?.location)).toBe('Volnovakha');
    expect(event?.provenance['location']?.from).toBe('rule:nearby-the-article-place');
  });

  it('does not take a country naming whose people ("U.S. service members") for where', () => {
    const a = assembleText('On 14 April 2018, two U.S. service members were wounded by a car bomb.', { Place: 'Timbuktu Airport, Timbuktu, Mali' });
    expect(name(a, a.events[0]?.location)).not.toBe('United States');
  });
});

describe('assemble: a place that names who spoke is no place of the event', () => {
  it.each([
    // Battle_of_Melitopol.txt (trimmed): the governor's oblast is not where the shells fell
    ['== Battle ==\n\nOn 25 February 2022, Russian forces attacked Melitopol. On 26 February, according to the governor of Zaporizhzhia Oblast, shells hit apartment buildings.'],
    // Battle_of_Melitopol.txt (trimmed): nor the oblast of the service that reported the strike
    ['== Battle ==\n\nOn 25 February 2022, Russian forces attacked Melitopol. On 28 February, the State Emergency Service in Zaporizhzhia Oblast stated that Russian airstrikes had damaged buildings.'],
  ])('%s', (body) => {
    const a = assembleText(body, { Place: 'Melitopol, Ukraine' });
    expect(a.events.map((e) => name(a, e.location))).toEqual(['Melitopol', 'Melitopol']);
  });

  it('keeps a place the office does not name', () => {
    const a = assembleText('On 26 February 2022, shells hit apartment buildings in Zaporizhzhia Oblast.', { Place: 'Melitopol, Ukraine' });
    expect(a.events.map((e) => name(a, e.location))).toEqual(['Zaporizhzhia Oblast']);
  });
});

describe('assemble: "the city" is a town told before, not its province', () => {
  it('skips a province named after the town', () => {
    // Battle_of_Qamishli_(2016).txt (trimmed, dated)
    const a = assembleText('== Battle ==\n\nOn 20 April 2016, militias attacked a patrol in Qamishli, inside the Qamishli District. On 21 April, the Asayish took over a bakery in the center of the city.', { Place: 'Qamishli, Syria' });
    expect(a.events.map((e) => name(a, e.location))).toEqual(['Qamishli', 'Qamishli']);
  });
  // Fall_of_Mosul.txt ("On 5 June, a curfew was imposed in the city. The government used helicopters to bomb the
  // militants."), own words
  const before = '== Battle ==\n\nOn 4 June 2014, militants entered Mosul. Most troops were posted in Nineveh Governorate.\n\n';
  it('skips a province for a paragraph that speaks of the city, though the event\'s own sentence does not', () => {
    const a = assembleText(`${before}On 5 June 2014, the city was put under curfew. The army used helicopters to bomb the militants.`, { Place: 'Mosul, Iraq' });
    expect(a.events.map((e) => [e.sub_event_type, name(a, e.location)]).at(-1)).toEqual(['Air/drone strike', 'Mosul']);
  });
  it('but keeps the province for a paragraph that speaks of none', () => {
    const a = assembleText(`${before}On 5 June 2014, a curfew was declared. The army used helicopters to bomb the militants.`, { Place: 'Mosul, Iraq' });
    expect(a.events.map((e) => [e.sub_event_type, name(a, e.location)]).at(-1)).toEqual(['Air/drone strike', 'Nineveh Governorate']);
  });
});

describe('assemble: the conflict\'s countries', () => {
  it('are the infobox place\'s and the one the prose\'s places mostly lie in', () => {
    // Lachin_offensive.txt (trimmed): the infobox place is a border filed under Armenia; the towns taken lie in Azerbaijan
    const a = assembleText('On 22 October 2020, Azerbaijani forces captured Zangilan. On 25 October 2020, the Azerbaijani forces seized control of the city of Qubadlı.', { Place: 'Armenia–Azerbaijan border' });
    expect(a.events.map((e) => [name(a, e.location), e.sub_event_type])).toEqual([
      ['Zangilan', 'Government regains territory'],
      ['Qubadlı', 'Government regains territory'],
    ]);
  });
});

describe('assemble: an event no words place', () => {
  it('takes the town the article names most, as its region, when there is no infobox place', () => {
    // 2022_Novofedorivka_explosions.txt (trimmed): no infobox; the later toll sentence names only who announced it
    const a = assembleText('On 9 August 2022, explosions occurred at the Saky airbase in Novofedorivka, Ukraine. Novofedorivka lies on the coast.\n\n== Outcomes ==\n\nOn 12 August 2022, Ukrainian forces shelled the airbase again.');
    const last = a.events[a.events.length - 1];
    expect(name(a, last?.location)).toBe('Novofedorivka');
    expect(last?.provenance['location']?.from).toBe('rule:article-main-place');
    expect(last?.geo_precision).toBe(3);
  });
});

describe('assemble: one strike told twice', () => {
  it('merges the strike on its target and the strike on its victims, same day, place and attacker', () => {
    const a = assembleText(
      'On 17 March 2017, American warplanes bombed Mosul, Iraq, killing 105 civilians. On 17 March 2017, American warplanes bombed ISIL fighters in Mosul.',
    );
    expect(a.events.filter((e) => e.sub_event_type === 'Air/drone strike')).toHaveLength(1);
  });
});

describe('assemble: the ends of a route travelled are not where it happened', () => {
  const PLACE = { Combatant1: 'Russia', Combatant2: 'Ukraine' };
  it('when the words name another place', () => {
    const a = assembleText('On 5 March 2022, Russian soldiers fired at a bus travelling from Sumy to Lebedyn, in the village of Nyzhnia Syrovatka.', PLACE);
    expect(name(a, a.events[0]?.location)).toBe('Nyzhnia Syrovatka');
  });
  it('but a route is a place when it is the only one', () => {
    const a = assembleText('On 5 March 2022, Russian forces shelled the road from Sumy to Lebedyn.', PLACE);
    expect(name(a, a.events[0]?.location)).toBe('Sumy');
  });
});

// Battle_of_Mykolaiv.txt ("the easiest route for Russian forces to reach the port of Odessa", "evacuated through the road leading to
// Odessa"), own words
describe('assemble: a place a road or a move heads for is not where what follows happened', () => {
  const box = { Place: 'Mykolaiv, Ukraine', Combatant1: 'Ukraine', Combatant2: 'Russia' };
  it.each([
    ['the easiest route for Russian forces to reach the port of Odessa', 'Mykolaiv'],
    ['the road leading to Odessa', 'Mykolaiv'],
    ['a bridge near Odessa', 'Odessa'],
  ])('"%s"', (phrase, place) => {
    const a = assembleText(`On 10 March 2022, Ukrainian troops held ${phrase}. On 11 March 2022, Russian troops attacked again.`, box);
    expect(a.events.map((e) => name(a, e.location))).toEqual([place]);
  });
});

// Battle_of_Kharkiv_(2022).txt ("One of those killed was a 25-year-old student from Algeria, who was killed by a Russian sniper"), own words
describe('assemble: a country abroad someone came from is not where it happened', () => {
  const box = { Place: 'Kharkiv, Ukraine', Combatant1: 'Ukraine', Combatant2: 'Russia' };
  it('"a student from Algeria … was killed by a Russian sniper" happened where the paragraph is', () => {
    const a = assembleText('On 28 February 2022, Russian forces shelled Kharkiv. One of those killed was a 25-year-old student from Morocco, who was killed by a Russian sniper.', box);
    expect(a.events.map((e) => name(a, e.location))).toEqual(['Kharkiv', 'Kharkiv']);
  });
  it('while a town of the war someone came from is kept', () => {
    const a = assembleText('On 28 February 2022, Russian forces shelled Kharkiv. On 1 March 2022, Russian forces attacked a convoy from Chuhuiv.', box);
    expect(a.events.map((e) => name(a, e.location))).toEqual(['Kharkiv', 'Chuhuiv']);
  });
});

// Battle_of_Sumy.txt ("under an agreement for a humanitarian corridor reached with Russia"), own words
describe('assemble: a country named as a party is not where it happened', () => {
  it('"reached with Russia" leaves the place to the paragraph', () => {
    const a = assembleText('On 8 March 2022, Russian forces shelled Sumy. On 9 March 2022, an evacuation began under an agreement for a humanitarian corridor reached with Russia.', { Place: 'Sumy, Ukraine', Combatant1: 'Ukraine', Combatant2: 'Russia' });
    expect(a.events.map((e) => [e.sub_event_type, name(a, e.location)])).toEqual([['Shelling/artillery/missile attack', 'Sumy'], ['Agreement', 'Sumy']]);
  });
  it('while "in Russia" is a place', () => {
    const a = assembleText('On 9 March 2022, Ukrainian drones struck a depot in Russia.', { Combatant1: 'Ukraine', Combatant2: 'Russia' });
    expect(a.events.map((e) => name(a, e.location))).toEqual(['Russia']);
  });
});

// 2014_Idlib_offensive.txt ("clashes around Sehyan checkpoint north of Khan Shaykhun"), own words: a namesake far off gives way to
// the place the words put it beside, the site's own noun between them or not
describe('assemble: "X checkpoint north of Y"', () => {
  const box = { Combatant1: 'Syrian rebels', Combatant2: 'Syria', Place: 'Idlib Governorate, Syria' };
  it.each([
    ['Salamiyah checkpoint north of Idlib', 'Idlib'],
    ['Salamiyah, north of Idlib', 'Idlib'],
  ])('%s', (where, place) => {
    const a = assembleText(`On 4 April 2014, four rebels were killed in clashes around ${where}.`, box);
    expect(a.events.map((e) => name(a, e.location))).toEqual([place]);
  });
});
