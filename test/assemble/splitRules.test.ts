import { describe, expect, it } from 'vitest';
import type { AssembledArticle } from '../../src/assemble/index.js';
import { assembleText } from '../helpers/assembleText.js';

// splitLists (src/assemble/_split.ts): one event per place of a list after an attack or strike trigger,
// one per day of a list of days; a list of places taken stays one event.

const name = (a: AssembledArticle, id: string | null): string | null => (id ? (a.entities.find((e) => e.id === id)?.name ?? null) : null);
/** Each event as "sub-type @ place on first day". */
const rows = (a: AssembledArticle): string[] => a.events.map((e) => `${e.sub_event_type} @ ${name(a, e.location)} on ${e.date?.start ?? '?'}`);

describe('splitLists: one event per place of a list after an attack or strike', () => {
  it.each([
    // 2017_Jobar_offensive.txt: "The Syrian Air Force responded with airstrikes on Misraba, Saqba and Ayn Tarma."
    ['On 12 March 2017, the Syrian Air Force responded with airstrikes on Misraba, Saqba and Ayn Tarma.', 'Air/drone strike', ['Misraba', 'Saqba', 'Ayn Tarma'], '2017-03-12'],
    // 2022_northeastern_Ukraine–Russia_border_skirmishes.txt (trimmed to three of its villages)
    ['On 17 July 2022, Russian troops shelled Velyka Pysarivka, Krasnopillia, and Bilopillia in Sumy Oblast.', 'Shelling/artillery/missile attack', ['Velyka Pysarivka', 'Krasnopillia', 'Bilopillia'], '2022-07-17'],
    // "the towns of": the list may open with the kind of place
    ['On 30 March 2022, Russian forces shelled the towns of Izium, Kupiansk and Balakliia.', 'Shelling/artillery/missile attack', ['Izium', 'Kupiansk', 'Balakliia'], '2022-03-30'],
  ])('%s', (body, subType, places, day) => {
    const a = assembleText(body);
    expect(rows(a)).toEqual(places.map((p) => `${subType} @ ${p} on ${day}`));
    expect(a.events.map((e) => e.provenance['location']?.from)).toEqual(places.map(() => 'rule:split-place-list'));
    // every copy keeps the clause as its evidence
    expect(new Set(a.events.map((e) => JSON.stringify(e.evidence))).size).toBe(1);
  });

  it('dates each place by the day told right after it', () => {
    // the list of Battle_of_Balakliia.txt ("liberated Kupiansk on September 9, Izium on September 10, …") told of a shelling
    const a = assembleText('On 9 September 2022, Russian forces shelled Kupiansk on September 9, Izium on September 10, and Vovchansk on September 12.');
    expect(rows(a)).toEqual([
      'Shelling/artillery/missile attack @ Kupiansk on 2022-09-09',
      'Shelling/artillery/missile attack @ Izium on 2022-09-10',
      'Shelling/artillery/missile attack @ Vovchansk on 2022-09-12',
    ]);
    expect(a.events.map((e) => e.provenance['date']?.from)).toEqual(['rule:split-day-list', 'rule:split-day-list', 'rule:split-day-list']);
  });
});

describe('splitLists: one event per day of a list of days', () => {
  it.each([
    // Battle_of_Toshkivka.txt (a year added, as the article's infobox gives it)
    ['After a few days of low-level fighting, the battle raged again on May 20 and May 23, 2022, although the Russian forces were unable to gain much ground.', 'Armed clash', ['2022-05-20', '2022-05-23']],
    ['Russian forces shelled Avdiivka on 12 March and 15 March 2022.', 'Shelling/artillery/missile attack', ['2022-03-12', '2022-03-15']],
  ])('%s', (body, subType, days) => {
    const a = assembleText(body);
    expect(a.events.map((e) => [e.sub_event_type, e.date?.start, e.date?.end, e.provenance['date']?.from])).toEqual(days.map((d) => [subType, d, d, 'rule:split-day-list']));
  });

  it('keeps the days of a battle that raged again apart from the attack told before it', () => {
    // Battle_of_Toshkivka.txt: "the battle" has days of its own, so it is no back-reference to the attack of 9 May
    const a = assembleText('== Battle ==\n\nOn 9 May 2022, Russian forces attacked Toshkivka.\n\nAfter a few days of low-level fighting, the battle raged again on May 20 and May 23, although the Russian forces were unable to gain much ground.');
    expect(rows(a)).toEqual(['Armed clash @ Toshkivka on 2022-05-09', 'Armed clash @ Toshkivka on 2022-05-20', 'Armed clash @ Toshkivka on 2022-05-23']);
  });

  // the recogniser reads "12 and 13 March" as one range: one event over both days, as the TSDoc says
  it('keeps "on 12 and 13 March" one span', () => {
    const a = assembleText('Russian forces shelled Avdiivka on 12 and 13 March 2022.');
    expect(a.events.map((e) => [e.date?.start, e.date?.end])).toEqual([['2022-03-12', '2022-03-13']]);
  });
});

describe('detectEvents: a day told between two mentions of one type', () => {
  it('starts another happening', () => {
    // Combat_operations_in_2014_during_the_Battle_of_Aleppo.txt (the subject named, dated, placed)
    const a = assembleText('On 18 October 2014, the Syrian Army captured the Aleppo Glass Factory and the next day seized the village of Al-Muslimiyya, Syria.');
    expect(a.events.map((e) => `${e.event_type} on ${e.date?.start ?? '?'}`)).toEqual(['Battles on 2014-10-18', 'Battles on 2014-10-19']);
  });
  it('but one day for the whole sentence keeps one happening', () => {
    const a = assembleText('On 18 October 2014, the Syrian Army captured the Aleppo Glass Factory and seized the village of Al-Muslimiyya, Syria.');
    expect(a.events).toHaveLength(1);
  });
});

describe('splitLists: places taken on days told apart', () => {
  it('makes one event per place, each dated by the day told after it', () => {
    // Battle_of_Balakliia.txt (a year added): analysts code each place liberated on its own day
    const a = assembleText('During the days after the battle, Ukrainian forces liberated Kupiansk on September 9, 2022, Izium on September 10, and Velykyi Burluk and Vovchansk on September 12.');
    expect(rows(a)).toEqual([
      'Government regains territory @ Kupiansk on 2022-09-09',
      'Government regains territory @ Izium on 2022-09-10',
      'Government regains territory @ Velykyi Burluk on 2022-09-12',
      'Government regains territory @ Vovchansk on 2022-09-12',
    ]);
  });
});

describe('splitLists: no split', () => {
  it.each([
    // Battle_of_Brovary.txt: analysts code a list of villages taken as one event
    ['On 30 March 2022, Ukrainian forces recaptured the villages of Ploske, Svetilny, and Hrebelky.', 'Government regains territory @ Ploske on 2022-03-30'],
    ['On 30 March 2022, Russian forces captured the towns of Izium, Kupiansk and Balakliia.', 'Armed clash @ Izium on 2022-03-30'],
    // a place and its country are no list
    ['On 25 February 2022, Russian forces shelled Volnovakha, Ukraine.', 'Shelling/artillery/missile attack @ Volnovakha on 2022-02-25'],
  ])('%s', (body, row) => {
    expect(rows(assembleText(body))).toEqual([row]);
  });

  // Regression, fixed: once contradicted the documented rule: splitLists splits "a clause [that] lists places", but a district named with its
  // city ("in Midan, Damascus") is one place, not a list; the code makes two events, one in Midan and one in Damascus.
  it('keeps a district named with its city as one place', () => {
    // Battle_of_Damascus_(2012).txt (trimmed, dated)
    const a = assembleText('Artillery shelling was reported in Midan, Damascus, on 20 July 2012.');
    expect(rows(a)).toEqual(['Shelling/artillery/missile attack @ Midan on 2012-07-20']);
  });
});
