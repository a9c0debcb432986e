import { describe, expect, it } from 'vitest';
import {
  acledActorName, acledGeoPrecision, acledInter, acledInteraction, acledSourceScale, acledTimePrecision, civilianTargeting, countryCodes, disorderType,
  emptyTally, eventNumber, leftOutSummary, ucdpClarity, ucdpConflictName, ucdpDatePrecision, ucdpSides, ucdpWherePrecision,
} from '../../src/export/index.js';
import type { DateInterval, EntityKind, GeoPrecision } from '../../src/model/index.js';
import type { ArticleFacts, EntityRef } from '../../src/store/index.js';

const day = (start: string, end = start, precision: DateInterval['precision'] = 'day'): DateInterval => ({ start, end, precision });
const actor = (kind: EntityKind, name: string): EntityRef => ({ id: 'e1', kind, name, aliases: [name] });
const mali = countryCodes('ML');

describe('time and date precision', () => {
  it.each<[string, DateInterval | null, number | null, number | null]>([
    ['January 13, 2013', day('2013-01-13'), 1, 1],
    ['13–15 January 2013', day('2013-01-13', '2013-01-15'), 2, 2],
    ['the week of 14 January', day('2013-01-14', '2013-01-20', 'week'), 2, 3],
    ['16–31 December 2012', day('2012-12-16', '2012-12-31'), 3, 4],
    ['January 2013', day('2013-01-01', '2013-01-31', 'month'), 3, 4],
    ['early 2012', day('2012-01-01', '2012-04-30', 'month'), 3, 5],
    ['2012', day('2012-01-01', '2012-12-31', 'year'), 3, 5],
    ['no date', null, null, null],
  ])('%s: ACLED %s, UCDP %s', (_, date, acled, ucdp) => {
    expect(acledTimePrecision(date)).toBe(acled);
    expect(ucdpDatePrecision(date)).toBe(ucdp);
  });
});

describe('place precision', () => {
  it.each<[string, GeoPrecision | null, number | null, number | null]>([
    ['the place itself', 1, 1, 1],
    ['near it', 2, 2, 2],
    ['its region only', 3, 3, 4],
    ['its country only', 'country', 3, 6],
    ['no place', null, null, null],
  ])('%s: ACLED %s, UCDP %s', (_, precision, acled, ucdp) => {
    expect(acledGeoPrecision(precision)).toBe(acled);
    expect(ucdpWherePrecision(precision)).toBe(ucdp);
  });
});

describe('ACLED actors', () => {
  it.each<[string, EntityRef | null, string, number | null]>([
    ['France acting in Mali', actor('state', 'France'), 'Military Forces of France', 8],
    ['Mali in Mali', actor('state', 'Mali'), 'Military Forces of Mali', 1],
    ['a police unit', actor('military_unit', 'Police Forces of Mali'), 'Police Forces of Mali', 1],
    ['an armed group assemble could not type', actor('armed_group', 'MOJWA'), 'MOJWA', null],
    ['rebels', { ...actor('armed_group', 'MOJWA'), actorType: 'rebels' }, 'MOJWA', 2],
    ['a pro-government militia', { ...actor('armed_group', 'pro-government militia'), actorType: 'political_militia' }, 'pro-government militia', 3],
    ['a UN mission', { ...actor('armed_group', 'MINUSMA'), actorType: 'external' }, 'MINUSMA', 8],
    ['protesters', { ...actor('civilians', 'Protesters (Mali)'), actorType: 'protesters' }, 'Protesters (Mali)', 6],
    ['residents', actor('civilians', 'Residents of Gao'), 'Civilians (Mali)', 7],
    ['nobody', null, '', null],
  ])('%s', (_, ref, name, inter) => {
    expect(acledActorName(ref, mali)).toBe(name);
    expect(acledInter(ref, mali)).toBe(inter);
  });

  it.each<[number | null, number | null, boolean, number | null]>([
    [1, 7, true, 17],
    [7, 1, true, 17],
    [8, 8, true, 88],
    [1, null, false, 10],
    [1, null, true, null],
    [null, 1, true, null],
  ])('interaction of %s and %s (actor2 named: %s) is %s', (a, b, named, expected) => {
    expect(acledInteraction(a as never, b as never, named)).toBe(expected);
  });

  it.each([
    ['Battles', 'Armed clash', 'Political violence'],
    ['Violence against civilians', 'Attack', 'Political violence'],
    ['Protests', 'Peaceful protest', 'Demonstrations'],
    ['Protests', 'Excessive force against protesters', 'Political violence; Demonstrations'],
    ['Riots', 'Mob violence', 'Demonstrations'],
    ['Strategic developments', 'Looting/property destruction', 'Strategic developments'],
  ])('%s / %s is %s', (type, sub, disorder) => {
    expect(disorderType(type, sub)).toBe(disorder);
  });

  it.each<[string, string, EntityRef | null, string]>([
    ['violence against civilians', 'Violence against civilians', actor('civilians', 'villagers'), 'Civilian targeting'],
    ['a strike on civilians', 'Explosions/Remote violence', actor('civilians', 'villagers'), 'Civilian targeting'],
    ['a strike on a group', 'Explosions/Remote violence', actor('armed_group', 'MOJWA'), ''],
    ['looting by civilians of a police station', 'Strategic developments', actor('civilians', 'residents'), ''],
  ])('civilian targeting of %s', (_, type, target, expected) => {
    expect(civilianTargeting({ event_type: type as never, actor2: target })).toBe(expected);
  });
});

describe('UCDP sides', () => {
  it.each<[string, string, EntityRef | null, EntityRef | null, string, string, number | null]>([
    ['a state striking a group', 'Explosions/Remote violence', actor('state', 'France'), actor('armed_group', 'MOJWA'), 'Government of France', 'MOJWA', 1],
    ['a group attacking a state: the government is side A', 'Battles', actor('armed_group', 'MNLA'), actor('state', 'Mali'), 'Government of Mali', 'MNLA', 1],
    ['two groups', 'Battles', actor('armed_group', 'MNLA'), actor('armed_group', 'Ansar Dine'), 'MNLA', 'Ansar Dine', 2],
    ['a group killing civilians', 'Violence against civilians', actor('armed_group', 'ISIL'), actor('civilians', 'villagers'), 'ISIL', 'Civilians', 3],
    ['looting', 'Strategic developments', actor('civilians', 'Residents of Gao'), actor('military_unit', 'Police Forces of Mali'), 'Police Forces of Mali', 'Civilians', null],
  ])('%s', (_, type, a1, a2, sideA, sideB, violence) => {
    expect(ucdpSides({ event_type: type as never, actor1: a1, actor2: a2 })).toEqual({ sideA, sideB, typeOfViolence: violence });
  });
});

describe('UCDP event clarity', () => {
  const prose = { article: 'a', span: { start: 0, end: 1 }, from: 'prose' };
  it.each<[string, DateInterval | null, string | null, 1 | 2]>([
    ['one day', day('2013-01-13'), 'prose', 1],
    ['a month: one happening whose day the words do not give', day('2016-03-01', '2016-03-31', 'month'), 'prose', 1],
    ['a year', day('2014-01-01', '2014-12-31', 'year'), null, 1],
    ['no date', null, null, 1],
    ['16–31 December 2012: several days in one record', day('2012-12-16', '2012-12-31'), 'prose', 2],
    ['one day, with the whole fight\'s toll from the infobox', day('2013-01-13'), 'infobox:Casualties2', 2],
  ])('%s: %s', (_, date, tollFrom, clarity) => {
    expect(ucdpClarity({ date, provenance: tollFrom ? { fatalities: { ...prose, from: tollFrom } } : {} })).toBe(clarity);
  });
});

describe('article facts in rows', () => {
  const facts = (conflict: ArticleFacts['conflict'], conflictField: string | null = null): ArticleFacts => ({
    id: 'x', title: 'Bombardment of Gao', source: 'articles/Bombardment_of_Gao.txt', stored_at: '2025-12-07T04:05:00.000Z', conflict_field: conflictField, conflict,
  });
  const event = { article: { id: 'x', title: 'Bombardment of Gao', source: 'articles/Bombardment_of_Gao.txt' } };

  it.each<[string, ArticleFacts | null, string]>([
    ['the conflict tree\'s root, after a link run', facts({ id: 'C2', name: 'Bombardment of Gao', path: [{ id: 'C1', name: 'Mali War' }, { id: 'C2', name: 'Bombardment of Gao' }] }), 'Mali War'],
    ['the infobox\'s conflict, before any', facts(null, 'Bombardment of Gao (2013)'), 'Bombardment of Gao (2013)'],
    ['the title, without an infobox conflict', facts(null), 'Bombardment of Gao'],
    ['the title, without the facts', null, 'Bombardment of Gao'],
  ])('UCDP conflict_name: %s', (_, article, name) => {
    expect(ucdpConflictName(event, article)).toBe(name);
  });

  it('ACLED source_scale: "Other" for an encyclopedia article, none without the facts', () => {
    expect(acledSourceScale(facts(null))).toBe('Other');
    expect(acledSourceScale(null)).toBeNull();
  });

  it('says what an ACLED export left out, and nothing when it left out nothing', () => {
    expect(leftOutSummary({ ...emptyTally(), undated: 25, unplaced: 45, unattributed: 3 })).toBe('73 events left out (ACLED records none without a date, a place or an actor): 25 undated, 45 unplaced, 3 with no actor');
    expect(leftOutSummary(emptyTally())).toBeNull();
  });
});

describe('countries', () => {
  it.each([
    ['ML', 'MLI', 466, 'Mali', 'Western Africa', 'Africa'],
    ['SY', 'SYR', 760, 'Syria', 'Middle East', 'Middle East'],
    ['UA', 'UKR', 804, 'Ukraine', 'Europe', 'Europe'],
    ['AZ', 'AZE', 31, 'Azerbaijan', 'Caucasus and Central Asia', 'Europe'],
    ['IQ', 'IRQ', 368, 'Iraq', 'Middle East', 'Middle East'],
    ['AF', 'AFG', 4, 'Afghanistan', 'South Asia', 'Asia'],
  ])('%s', (alpha2, alpha3, numeric, name, acledRegion, ucdpRegion) => {
    expect(countryCodes(alpha2)).toEqual({ alpha2, alpha3, numeric, name, acledRegion, ucdpRegion });
  });

  it('knows no country for no code', () => {
    expect(countryCodes(null)).toBeNull();
    expect(countryCodes('QQ')).toBeNull();
  });
});

describe('event numbers', () => {
  const article = { id: 'e5d55e2a91c6802e73a7eda9f4ee9700bca2e164a6e3ba937f0937e162bb66f6' };
  it('are whole numbers from the article revision and event id, the same on every call', () => {
    const n = eventNumber({ article, id: 'v1' });
    expect(Number.isSafeInteger(n)).toBe(true);
    expect(eventNumber({ article, id: 'v1' })).toBe(n);
    expect(eventNumber({ article, id: 'v2' })).not.toBe(n);
    expect(eventNumber({ article: { id: article.id.replace('e5', 'e6') }, id: 'v1' })).not.toBe(n);
  });
});
