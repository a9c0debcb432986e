import { describe, expect, it } from 'vitest';
import type { Event } from '../../src/model/index.js';
import { GoldEventSchema, type GoldEvent } from '../../src/eval/index.js';
import { matchEvents } from '../../src/eval/matchEvents.js';
import { place, predictedEvent } from './_build.js';
import { GAO_TEXT, gaoPrediction } from './_gaoPrediction.js';
import { goldOf } from './_gold.js';

const seedStrike = goldOf('Bombardment of Gao').events[0] ?? expect.fail('no seed event');
const BOMBED = 'French forces bombed several areas in and around Gao';
const SIXTY = 'more than sixty jihadists were killed';
const KIDAL = { ...seedStrike.location, name: 'Kidal', lat: 18.4411, lon: 1.4078 } as GoldEvent['location'];

function goldEvent(id: string, patch: Partial<GoldEvent>): GoldEvent {
  return GoldEventSchema.parse({ ...seedStrike, id, evidence: [BOMBED], ...patch });
}

type Typed = Pick<Event, 'event_type' | 'sub_event_type'>;
const STRIKE: Typed = { event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike' };
const CLASH: Typed = { event_type: 'Battles', sub_event_type: 'Armed clash' };

function guess(id: string, day: string, location: string, quotes = [BOMBED], typed = STRIKE) {
  return predictedEvent(GAO_TEXT, { id, ...typed, day, location, quotes });
}

const article = {
  ...gaoPrediction(),
  entities: [place('gao', 'Gao', 16.2717, -0.0447), place('kidal', 'Kidal', 18.4411, 1.4078)],
};

const CASES: [string, GoldEvent[], ReturnType<typeof guess>[], [string, string][]][] = [
  ['more overlap wins over a right date', [goldEvent('g1', {}), goldEvent('g2', { evidence: [BOMBED, SIXTY] })],
    [guess('p1', '2013-01-14', 'gao', [BOMBED, SIXTY])], [['g2', 'p1']]],
  ['on equal overlap, the same sub-type before the date', [goldEvent('gStrike', {}), goldEvent('gClash', { event_type: 'Battles', sub_event_type: 'Armed clash' })],
    [guess('pClash', '2013-01-13', 'gao', [BOMBED], CLASH), guess('pStrike', '2013-01-14', 'gao')], [['gClash', 'pClash'], ['gStrike', 'pStrike']]],
  ['on equal overlap, the date inside the interval', [goldEvent('g13', {}), goldEvent('g14', { date: { start: '2013-01-14', end: '2013-01-14', precision: 'day' } })],
    [guess('p14', '2013-01-14', 'gao'), guess('p13', '2013-01-13', 'gao')], [['g13', 'p13'], ['g14', 'p14']]],
  ['on equal overlap and date, the nearer place', [goldEvent('gGao', {}), goldEvent('gKidal', { location: KIDAL })],
    [guess('pKidal', '2013-01-13', 'kidal'), guess('pGao', '2013-01-13', 'gao')], [['gGao', 'pGao'], ['gKidal', 'pKidal']]],
  ['on a full tie, the required gold event', [goldEvent('optional', { required: false }), goldEvent('required', {})],
    [guess('p', '2013-01-13', 'gao')], [['required', 'p']]],
  ['a quote found twice in the text counts at each place', [goldEvent('g', { evidence: ['Gao'] })],
    [guess('p', '2013-01-13', 'gao', ['Residents of Gao stated'])], [['g', 'p']]],
  ['no shared words, no match', [goldEvent('g', {})], [guess('p', '2013-01-13', 'gao', [SIXTY])], []],
];

describe('matchEvents', () => {
  it.each(CASES)('%s', (_name, gold, events, pairs) => {
    const { matches } = matchEvents(gold, { ...article, events });
    expect(matches.map((m) => [m.gold.id, m.predicted.id]).sort()).toEqual(pairs);
  });
});
