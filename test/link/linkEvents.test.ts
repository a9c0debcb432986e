import { describe, expect, it } from 'vitest';
import type { LinkEvent } from '../../src/store/index.js';
import { article, entity, event, shuffled, linked, type Linked } from './_inputs.js';

const articles = [1, 2, 3].map((k) => article(k, `Article ${k}`));
// each article names France, MOJWA, Ansar Dine and the rebels
const entities = articles.flatMap((a) => [
  entity(a.key, 'fr', 'France', { kind: 'state', country: 'FR' }),
  entity(a.key, 'mj', 'MOJWA'),
  entity(a.key, 'ad', 'Ansar Dine'),
  entity(a.key, 'rb', 'rebels'),
]);

const link = (events: LinkEvent[]): Linked => linked({ articles, entities, events });
const sourcesOf = (r: Linked): string[][] =>
  r.clusters.map((c) => c.members.map((m) => `${m.article_key}/${m.event_id}`).sort()).sort((a, b) => b.length - a.length || (a[0] ?? '').localeCompare(b[0] ?? ''));

const strike = (articleKey: number, id: string, date: string, fields: Partial<LinkEvent> = {}): LinkEvent =>
  event(articleKey, id, date, { eventType: 'Explosions/Remote violence', subEventType: 'Air/drone strike', actor1: 'fr', actor2: 'mj', ...fields });

describe('linking events across articles', () => {
  it('links one strike told by two articles: the same day, place and actors', () => {
    const r = link([strike(1, 'v1', '2013-01-13', { fatalities: { low: 60, best: 60, high: null } }), strike(2, 'v5', '2013-01-13', { fatalities: { low: 12, best: 12, high: null } })]);
    expect(sourcesOf(r)).toEqual([['1/v1', '2/v5']]);
    expect(r.clusters[0]).toMatchObject({ number_of_sources: 2, fatalities: { low: 12, best: 12, high: 60 }, date_start: '2013-01-13', date_end: '2013-01-13' });
  });

  it.each<[string, Partial<LinkEvent>]>([
    ['a year apart (two battles of one town)', { dateStart: '2014-01-13', dateEnd: '2014-01-13' }],
    ['another actor', { actor2: 'ad' }],
    ['sides swapped in a strike', { actor1: 'mj', actor2: 'fr' }],
    ['40 km away at precision 1', { lat: 16.27 + 0.36 }],
    ['another type group', { eventType: 'Protests', subEventType: 'Peaceful protest' }],
    ['known only to a three-month span', { dateStart: '2013-01-01', dateEnd: '2013-03-31', datePrecision: 'month' }],
    ['known only to its month', { dateStart: '2013-01-01', dateEnd: '2013-01-31', datePrecision: 'month' }],
    ['undated', { dateStart: null, dateEnd: null, datePrecision: null }],
  ])('does not link an event %s', (_, change) => {
    const r = link([strike(1, 'v1', '2013-01-13'), strike(2, 'v1', '2013-01-13', change)]);
    expect(sourcesOf(r)).toEqual([['1/v1'], ['2/v1']]);
  });

  it.each<[string, Partial<LinkEvent>]>([
    ['a missing actor', { actor2: null }],
    ['a bare common noun for an actor', { actor2: 'rb' }],
    ['40 km away when one place is only near (precision 2)', { lat: 16.27 + 0.36, geoPrecision: 2 }],
    ['a country-wide event in the same country', { geoPrecision: 'country', lat: 17, lon: -4 }],
    ['a few days that hold the day', { dateStart: '2013-01-11', dateEnd: '2013-01-14', datePrecision: 'week' }],
    ['another type of political violence', { eventType: 'Battles', subEventType: 'Armed clash' }],
  ])('links an event with %s', (_, change) => {
    const r = link([strike(1, 'v1', '2013-01-13'), strike(2, 'v1', '2013-01-13', change)]);
    expect(sourcesOf(r)).toEqual([['1/v1', '2/v1']]);
  });

  it('links two events known only to the same month', () => {
    const month = { dateStart: '2013-01-01', dateEnd: '2013-01-31', datePrecision: 'month' };
    expect(sourcesOf(link([strike(1, 'v1', '2013-01-01', month), strike(2, 'v1', '2013-01-01', month)]))).toEqual([['1/v1', '2/v1']]);
  });

  it('lets the sides of a clash come in either order', () => {
    const clash = (a: number, a1: string, a2: string) => event(a, 'v1', '2013-01-13', { actor1: a1, actor2: a2 });
    expect(sourcesOf(link([clash(1, 'fr', 'mj'), clash(2, 'mj', 'fr')]))).toEqual([['1/v1', '2/v1']]);
  });

  it('puts at most one event of an article in a cluster, and joins only events like every member', () => {
    const r = link([
      strike(1, 'v1', '2013-01-13'),
      strike(1, 'v2', '2013-01-13'),
      strike(2, 'v1', '2013-01-13', { actor2: null }),
      strike(3, 'v1', '2013-01-13', { actor2: 'ad' }),
    ]);
    // 3/v1 fits 2/v1 (actor unknown) but not 1/v1 (MOJWA, not Ansar Dine)
    expect(sourcesOf(r)).toEqual([['1/v1', '2/v1'], ['1/v2'], ['3/v1']]);
  });

  it('gives the same clusters and ids whatever order the events come in', () => {
    const events = [
      strike(1, 'v1', '2013-01-13'), strike(2, 'v1', '2013-01-13', { actor2: null }), strike(3, 'v1', '2013-01-13', { actor2: 'ad' }),
      strike(1, 'v2', '2013-01-14'), strike(2, 'v2', '2013-01-14'), strike(3, 'v2', '2013-01-14'),
    ];
    const a = link(events);
    const b = link(shuffled(events));
    expect(b.clusters.map((c) => c.id).sort()).toEqual(a.clusters.map((c) => c.id).sort());
    expect(sourcesOf(b)).toEqual(sourcesOf(a));
  });
});
