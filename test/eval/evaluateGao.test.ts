import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/eval/index.js';
import { actor, leg, place, predictedEvent, type Expected } from './_build.js';
import { GAO_TEXT, gaoPrediction } from './_gaoPrediction.js';
import { goldOf } from './_gold.js';
import * as s from './_spoil.js';

const gold = goldOf('Bombardment of Gao');
const perfect = gaoPrediction();
const v1 = perfect.events[0];
if (!v1) throw new Error('the seed prediction lost its first event');

// 30 km due north of the gold point for Gao (1° of latitude ≈ 111.2 km).
const northOfGao = (km: number): number => 16.2717 + km / 111.195;

const PERFECT_FIELDS = {
  event_type: 1, sub_event_type: 1, date: 1, location: 1, actor1: 1, actor2: 1, fatalities: 1, civilian_fatalities: 1,
};

const konna = (day: string) =>
  predictedEvent(GAO_TEXT, {
    id: 'v4', event_type: 'Battles', sub_event_type: 'Armed clash', actor1: 'e1', actor2: 'e4', location: 'p7', day,
    quotes: ['pushing the rebels back at the city of Konna'],
  });

const CASES: [string, s.Spoil, Expected][] = [
  ['the perfect prediction', (p) => p, {
    gold_events: 3, predicted_events: 3, matched: 3, precision: 1, recall: 1, f1: 1, fields: PERFECT_FIELDS, complete: 1, wrong: [],
    entities_recall: 1, aliases_recall: 1, movement_legs_recall: 1, checks_accuracy: 1, provenance: 1, misses: [], extra: [],
  }],
  ['a required event missed', s.withoutEvent('v2'), { predicted_events: 2, matched: 2, precision: 1, recall: 0.6667, f1: 0.8, complete: 0.6667, misses: ['aghabo-air-strike'] }],
  ['an extra event', s.addEvents(predictedEvent(GAO_TEXT, { id: 'v9', event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike', day: '2013-01-13', quotes: ['The strikes lasted a total of forty minutes'] })),
    { predicted_events: 4, matched: 3, precision: 0.75, recall: 1, f1: 0.8571, extra: ['v9'] }],
  ['the optional Konna event predicted', s.addEvents(konna('2013-01-11')), { predicted_events: 3, matched: 3, f1: 1, extra: [], fields: PERFECT_FIELDS }],
  // an optional event's wrong field is reported, but completeness counts required events only
  ['the optional Konna event predicted with a date outside its interval', s.addEvents(konna('2013-01-20')), { f1: 1, fields: { date: 0.75 }, complete: 1, wrong: [{ gold: 'konna-pushback', predicted: 'v4', fields: ['date'] }] }],
  ['an event citing none of the gold quotes', s.withEvent('v2', { evidence: [{ start: GAO_TEXT.indexOf('The aircraft flew'), end: GAO_TEXT.indexOf('The aircraft flew') + 20 }] }),
    { matched: 2, precision: 0.6667, recall: 0.6667, misses: ['aghabo-air-strike'], extra: ['v2'] }],
  ['two predictions of one gold event', s.addEvents({ ...v1, id: 'v1b', evidence: [{ start: GAO_TEXT.indexOf('French planes bombed'), end: GAO_TEXT.indexOf('French planes bombed') + 20 }] }),
    { matched: 3, precision: 0.75, extra: ['v1b'] }],
  ['a date outside the gold interval', s.withEvent('v1', { date: { start: '2013-01-14', end: '2013-01-14', precision: 'day' } }), { f1: 1, fields: { date: 0.6667 }, complete: 0.6667, wrong: [{ gold: 'gao-air-strikes', predicted: 'v1', fields: ['date'] }] }],
  ['a month where gold allows 13–31 January', s.withEvent('v3', { date: { start: '2013-01-01', end: '2013-01-31', precision: 'month' } }), { fields: { date: 0.6667 } }],
  ['a week inside the gold interval', s.withEvent('v3', { date: { start: '2013-01-14', end: '2013-01-20', precision: 'week' } }), { fields: { date: 1 } }],
  ['no date where gold has one', s.withEvent('v2', { date: null }), { fields: { date: 0.6667 } }],
  ['a location 30 km off with tolerance 25', s.all(s.addEntities(place('p20', 'outskirts of Gao', northOfGao(30), -0.0447)), s.withEvent('v1', { location: 'p20' })), { fields: { location: 0.6667 } }],
  ['a location 20 km off with tolerance 25', s.all(s.addEntities(place('p20', 'outskirts of Gao', northOfGao(20), -0.0447)), s.withEvent('v1', { location: 'p20' })), { fields: { location: 1 } }],
  ['a place with no coordinates', s.withEvent('v1', { location: 'p17' }), { fields: { location: 0.6667 } }],
  ['no place', s.withEvent('v1', { location: null }), { fields: { location: 0.6667 } }],
  ['an actor matched through an alias gold gives the event', s.all(s.addEntities(actor('e20', 'state', 'French planes')), s.withEvent('v1', { actor1: 'e20' })), { fields: { actor1: 1 } }],
  ['an actor matched through its own alias, case-insensitive', s.all(s.addEntities(actor('e21', 'armed_group', 'Mujao group', ['mujao'])), s.withEvent('v1', { actor2: 'e21' })), { fields: { actor2: 1 } }],
  ['the wrong actor', s.withEvent('v1', { actor2: 'e3' }), { fields: { actor2: 0.6667 } }],
  ['fatalities inside the gold range [60, 61]', s.withEvent('v1', { fatalities: { low: 61, best: 61, high: null } }), { fields: { fatalities: 1 } }],
  ['a best figure outside the gold range', s.withEvent('v1', { fatalities: { low: 60, best: 62, high: null } }), { fields: { fatalities: 0.8889 }, complete: 0.6667 }],
  ['a high figure where the article gives none', s.withEvent('v1', { fatalities: { low: 60, best: 60, high: 150 } }), { fields: { fatalities: 0.8889 } }],
  ['zero deaths where the article is silent', s.withEvent('v2', { fatalities: { low: 0, best: null, high: null } }), { fields: { fatalities: 0.8889 } }],
  // civilian fatalities are not a core field: the row is still complete
  ['no civilian figure where gold says 0', s.withEvent('v1', { civilian_fatalities: null }), { fields: { civilian_fatalities: 0.6667 }, complete: 1 }],
  ['the wrong event type', s.withEvent('v3', { event_type: 'Riots', sub_event_type: 'Mob violence' }), { f1: 1, fields: { event_type: 0.6667, sub_event_type: 0.6667 } }],
  ['legs out of order (Morocco before Spain)', s.withLegs((legs) => [legs[0], legs[2], legs[1], ...legs.slice(3)].filter((l) => l !== undefined)), { movement_legs_recall: 0.875 }],
  ['legs reversed', s.withLegs((legs) => legs.reverse()), { movement_legs_recall: 0.125 }],
  ['a refuelling stop missed', s.withLegs((legs) => legs.filter((l) => l.place !== 'p3')), { movement_legs_recall: 0.875 }],
  ['a wrong role (over Spain, not refuelling there)', s.withLegs((legs) => legs.map((l) => (l.place === 'p14' ? leg('p14', 'overflight') : l))), { movement_legs_recall: 0.875 }],
  ['the landing time wrong', s.withLegs((legs) => legs.map((l) => (l.place === 'p15' ? { ...l, time: '16:00' } : l))), { movement_legs_recall: 0.875 }],
  ['a take-off time the article does not state', s.withLegs((legs) => legs.map((l) => (l.place === 'p10' ? { ...l, time: '08:00' } : l))), { movement_legs_recall: 0.875 }],
  ['the strike offset outside [5, 7] hours', s.withLegs((legs) => legs.map((l) => (l.place === 'p1' ? { ...l, offset_hours: { low: 9, best: 9, high: null, qualifier: 'about' } } : l))), { movement_legs_recall: 0.875 }],
  ['no movement', (p) => ({ ...p, movements: [] }), { movement_legs_recall: 0 }],
  ['a leg place named by its gold alias', s.withEntity('p15', { name: 'Ndjamena', aliases: [] }), { movement_legs_recall: 1 }],
  ['Algeria not avoided (not a gold leg)', s.withAvoided([]), { movement_legs_recall: 1 }],
  ['a wrong check verdict', s.withChecks((c) => c.map((x) => (x.field === 'Casualties2' ? { ...x, verdict: 'contradicts' } : x))), { checks_accuracy: 0.8 }],
  ['a check missing', s.withChecks((c) => c.filter((x) => x.field !== 'Date')), { checks_accuracy: 0.8 }],
  ['check labels in lower case', s.withChecks((c) => c.map((x) => ({ ...x, field: x.field.toLowerCase() }))), { checks_accuracy: 1 }],
  ['provenance missing for one actor', s.withoutProvenance('v1', 'actor1'), { provenance: 0.9231 }],
  ['an entity missing', s.withoutEntity('p16'), { entities_recall: 0.9545 }],
  ['a city merged into its region', s.all(s.withoutEntity('p2'), s.withEntity('p1', { aliases: [{ text: 'Gao Region', span: { start: 0, end: 0 }, from: 'prose' }] })), { entities_recall: 0.9545 }],
  ['an entity found under another kind', s.withEntity('e1', { kind: 'place' }), { entities_recall: 1 }],
  ['an alias missing', s.withEntity('p5', { aliases: [] }), { entities_recall: 1, aliases_recall: 0.875 }],
];

describe('evaluate on the seed (Bombardment of Gao)', () => {
  it.each(CASES)('%s', (_name, spoil, expected) => {
    const report = evaluate([{ gold, predicted: spoil(gaoPrediction()) }]);
    expect(report.articles[0]).toMatchObject({ article: 'Bombardment of Gao', ...expected });
  });

  it('reports overall what it reports for the one article', () => {
    const { overall, articles } = evaluate([{ gold, predicted: s.withoutEvent('v2')(gaoPrediction()) }]);
    const { article, misses, extra, wrong, ...figures } = articles[0] ?? expect.fail('no article row');
    expect(wrong).toEqual([]);
    expect([article, misses, extra]).toEqual(['Bombardment of Gao', ['aghabo-air-strike'], []]);
    expect(overall).toEqual({ articles: 1, ...figures });
  });
});
