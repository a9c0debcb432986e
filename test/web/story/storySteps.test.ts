import { describe, expect, it } from 'vitest';
import type { DateInterval, EventItem, Leg, MovementItem } from '../../../src/web/api.js';
import { stepText } from '../../../src/web/story/stepText.js';
import { storySteps, type StoryStep } from '../../../src/web/story/storySteps.js';

const place = (id: string) => ({ id, name: id, kind: 'place', aliases: [], lat: 1, lon: 1, country: null, admin1: null });
const day = (start: string, precision: DateInterval['precision'] = 'day', end = start): DateInterval => ({ start, end, precision });
const article = { id: 'a', title: 'Bombardment of Gao', source: 'seed' };

function event(id: string, at: string | null, date: DateInterval | null): EventItem {
  return {
    uid: `a-${id}`, id, event_type: 'Battles', sub_event_type: id, actor1: null, actor2: null, assoc_actors: [],
    location: at === null ? null : place(at), date, time: null, fatalities: { low: null, best: null, high: null },
    notes: '', evidence: [], article,
  };
}

const leg = (at: string, role: Leg['role']): Leg => ({ place: place(at), role, time: null, offset_hours: null, span: { start: 0, end: 0 }, text: at });

// The seed's shape: Kidal taken in early 2012; on 13 January 2013 the sortie, the strikes at Gao and
// Aghabo during it, the looting at Gao; the landing at N'Djamena.
const sortie: MovementItem = {
  uid: 'a-m1', id: 'm1', actor: null, vehicles: { count: 4, kind: 'Rafale fighter jets' }, date: day('2013-01-13'),
  legs: [leg('Saint-Dizier', 'origin'), leg('Spain', 'refuel'), leg('Morocco', 'overflight'), leg('Gao', 'action'), leg("N'Djamena", 'destination')],
  evidence: [], article,
};
const events = [
  event('looting', 'Gao', day('2013-01-13')),
  event('later', 'Gao', day('2013-02-01')),
  event('undated', 'Gao', null),
  event('strike at Aghabo', 'Aghabo', day('2013-01-13')),
  event('strike at Gao', 'Gao', day('2013-01-13')),
  event('Kidal taken', 'Kidal', day('2012-01-01', 'month', '2012-04-30')),
];

const named = (step: StoryStep): string => (step.kind === 'event' ? step.event.id : `${step.movement.legs[step.leg]?.role} ${step.movement.legs[step.leg]?.text}`);

describe('storySteps', () => {
  it('tells the events of the sortie’s day after the leg where they happened, the rest by date, undated last', () => {
    expect(storySteps(events, [sortie]).map(named)).toEqual([
      'Kidal taken',
      'origin Saint-Dizier', 'refuel Spain', 'overflight Morocco', 'action Gao',
      'looting', 'strike at Aghabo', 'strike at Gao',
      "destination N'Djamena",
      'later',
      'undated',
    ]);
  });

  it('an article without movements is its events by date', () => {
    expect(storySteps(events.slice(0, 3), []).map(named)).toEqual(['looting', 'later', 'undated']);
  });

  it('says which leg of how many, with the vehicles', () => {
    const steps = storySteps([], [sortie]);
    expect(steps[4] && stepText(steps[4])).toEqual({ heading: "5 destination · N'Djamena", detail: '2013-01-13 · leg 5 of 5 · 4 Rafale fighter jets', words: "N'Djamena" });
  });
});
