import { describe, expect, it } from 'vitest';
import type { EventItem } from '../../src/web/api.js';
import { dayMs, formatInterval } from '../../src/web/dates.js';
import { matchesFields, matchesFilters, NO_FILTERS, type Filters } from '../../src/web/filters.js';
import { articleHref, entityHref, parseRoute } from '../../src/web/routes.js';

const ref = (name: string, aliases: string[] = []) => ({ id: name, name, kind: 'state', aliases });
const strike: EventItem = {
  uid: 'a-v1',
  id: 'v1',
  event_type: 'Explosions/Remote violence',
  sub_event_type: 'Air/drone strike',
  actor1: ref('France', ['French forces']),
  actor2: ref('MOJWA', ['Movement for Oneness and Jihad in West Africa']),
  assoc_actors: [],
  location: { ...ref('Gao'), kind: 'place', lat: 16.27, lon: -0.04, country: 'ML', admin1: 'Gao' },
  date: { start: '2013-01-13', end: '2013-01-13', precision: 'day' },
  time: null,
  fatalities: { low: 60, best: 60, high: null },
  notes: 'French planes bombed the city of Gao',
  evidence: [{ start: 0, end: 10, text: 'Residents stated that more than sixty jihadists were killed' }],
  article: { id: 'a', title: 'Bombardment of Gao', source: 'seed' },
};
const jan = (from: string, to: string): [number, number] => [dayMs(from), dayMs(to)];

describe('filters', () => {
  it.each([
    ['nothing', {}, true],
    ['the actor by an alias, any case', { actor: 'french FORCES' }, true],
    ['the other side', { actor: 'oneness' }, true],
    ['an actor not in it', { actor: 'Ansar Dine' }, false],
    ['the ACLED type', { type: 'Explosions/Remote violence' }, true],
    ['the sub-event type', { type: 'Air/drone strike' }, true],
    ['another type', { type: 'Battles' }, false],
    ['the country', { country: 'ML' }, true],
    ['another country', { country: 'FR' }, false],
    ['words of the evidence', { text: 'sixty jihadists' }, true],
    ['words of the title', { text: 'bombardment' }, true],
    ['a period around it', { range: jan('2013-01-01', '2013-02-01') }, true],
    ['the day itself', { range: jan('2013-01-13', '2013-01-14') }, true],
    ['the day after', { range: jan('2013-01-14', '2013-01-20') }, false],
    ['a conflict its article is under', { conflict: { id: 'C1', articles: new Set(['a', 'b']) } }, true],
    ['a conflict its article is not under', { conflict: { id: 'C2', articles: new Set(['b']) } }, false],
  ] as [string, Partial<Filters>, boolean][])('%s', (_, filters, selected) => {
    expect(matchesFilters(strike, { ...NO_FILTERS, ...filters })).toBe(selected);
  });

  it('a month-precision event lies in every period that overlaps its month', () => {
    const monthly = { ...strike, date: { start: '2012-01-01', end: '2012-04-30', precision: 'month' as const } };
    expect(matchesFilters(monthly, { ...NO_FILTERS, range: jan('2012-04-30', '2012-05-02') })).toBe(true);
    expect(matchesFilters(monthly, { ...NO_FILTERS, range: jan('2012-05-01', '2012-06-01') })).toBe(false);
  });

  it('the timeline ignores the brushed range, the table and map do not', () => {
    const filters = { ...NO_FILTERS, range: jan('2014-01-01', '2014-02-01') };
    expect([matchesFields(strike, filters), matchesFilters(strike, filters)]).toEqual([true, false]);
  });
});

describe('dates and routes', () => {
  it.each([
    [{ start: '2013-01-13', end: '2013-01-13', precision: 'day' }, '2013-01-13'],
    [{ start: '2012-01-01', end: '2012-04-30', precision: 'month' }, '2012-01 – 2012-04'],
    [{ start: '1704-01-01', end: '1704-12-31', precision: 'year' }, '1704'],
    [null, 'undated'],
  ] as [EventItem['date'], string][])('%j reads %s', (date, shown) => {
    expect(formatInterval(date)).toBe(shown);
  });

  it('keeps years below 100 as written', () => {
    expect(new Date(dayMs('0070-06-01')).getUTCFullYear()).toBe(70);
  });

  it.each([
    ['#/', { view: 'overview' }],
    ['', { view: 'overview' }],
    ['#/article/abc', { view: 'article', id: 'abc', focus: null }],
    ['#/article/abc/v1', { view: 'article', id: 'abc', focus: 'v1' }],
    ['#/elsewhere', { view: 'overview' }],
    ['#/entity/E5b0c3d2a11', { view: 'entity', id: 'E5b0c3d2a11' }],
    ['#/entity/abc-e5', { view: 'entity', id: 'abc-e5' }],
    ['#/entity/E5b0c3d2a11/more', { view: 'overview' }],
  ])('route %s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('links an article view that parses back', () => {
    expect(parseRoute(articleHref('abc', 'm1'))).toEqual({ view: 'article', id: 'abc', focus: 'm1' });
  });

  it("links an entity page, by its id or an article's entity, that parses back", () => {
    expect(parseRoute(entityHref('E5b0c3d2a11'))).toEqual({ view: 'entity', id: 'E5b0c3d2a11' });
    expect(parseRoute(entityHref('e5', 'abc'))).toEqual({ view: 'entity', id: 'abc-e5' });
  });
});
