import { describe, expect, it } from 'vitest';
import { ucdpDeaths, type UcdpDeaths } from '../../src/export/index.js';
import type { EntityKind } from '../../src/model/index.js';
import type { EntityRef, EventRecord } from '../../src/store/index.js';

const actor = (kind: EntityKind, name: string, aliases: string[] = [name]): EntityRef => ({ id: name, kind, name, aliases });
const syria = actor('state', 'Syria');
const rebels = actor('armed_group', 'Free Syrian Army', ['Free Syrian Army', 'FSA']);
const isil = actor('armed_group', 'ISIL');
const villagers = actor('civilians', 'Civilians (Syria)');

type Deaths = Pick<EventRecord, 'fatalities' | 'claims' | 'evidence' | 'civilian_fatalities' | 'actor1' | 'actor2'>;

// An event whose toll is told by `words` (the claim covering all of them), its best figure `best`.
function told(words: string, best: number | null, actor1: EntityRef | null, actor2: EntityRef | null, civilians: number | null = null): Deaths {
  const sentence = `Fighting went on; ${words} were killed.`;
  const start = 100 + sentence.indexOf(words);
  return {
    fatalities: { low: best, best, high: null },
    claims: best === null ? [] : [{ figure: { low: best, best, high: null, qualifier: 'exact' }, by: null, span: { start, end: start + words.length } }],
    evidence: [{ start: 100, end: 100 + sentence.length, text: sentence }],
    civilian_fatalities: civilians,
    actor1,
    actor2,
  };
}

describe('ucdpDeaths', () => {
  it.each<[string, Deaths, UcdpDeaths | null]>([
    ['30 soldiers (the government, side A)', told('30 soldiers', 30, rebels, syria), { a: 30, b: 0, civilians: 0, unknown: 0 }],
    ['800 rebels (side B)', told('800 rebels', 800, syria, rebels), { a: 0, b: 800, civilians: 0, unknown: 0 }],
    ['22 soldiers, nine rebels and two civilians', told('22 soldiers, nine rebels and two civilians', 33, syria, rebels, 2), { a: 22, b: 9, civilians: 2, unknown: 0 }],
    ['27 soldiers and eight ISIL fighters (by name)', told('27 soldiers and eight ISIL fighters', 35, syria, isil), { a: 27, b: 8, civilians: 0, unknown: 0 }],
    ['15 FSA fighters, two groups (by alias)', told('15 FSA fighters', 15, isil, rebels), { a: 0, b: 15, civilians: 0, unknown: 0 }],
    ['12 Syrian soldiers (by demonym)', told('12 Syrian soldiers', 12, rebels, syria), { a: 12, b: 0, civilians: 0, unknown: 0 }],
    ['30 pro-government fighters (the government\'s side)', told('30 pro-government fighters', 30, rebels, syria), { a: 30, b: 0, civilians: 0, unknown: 0 }],
    ['at least 41 civilians', told('at least 41 civilians', 41, syria, villagers, 41), { a: 0, b: 0, civilians: 41, unknown: 0 }],
    ['310 people: whose, the words do not say', told('310 people', 310, isil, villagers), { a: 0, b: 0, civilians: 0, unknown: 310 }],
    ['fighters of two armed groups: either side\'s', told('20 fighters', 20, isil, rebels), { a: 0, b: 0, civilians: 0, unknown: 20 }],
    ['soldiers of two states: either side\'s', told('40 soldiers', 40, syria, actor('state', 'Türkiye')), { a: 0, b: 0, civilians: 0, unknown: 40 }],
    ['a list that does not add up to the toll', told('dozens of soldiers and 12 rebels', 12, syria, rebels), { a: 0, b: 0, civilians: 0, unknown: 12 }],
    ['more civilians claimed than the toll counts', told('20 people', 20, syria, villagers, 41), { a: 0, b: 0, civilians: 20, unknown: 0 }],
    ['no toll', told('', null, syria, rebels), null],
  ])('%s', (_, event, deaths) => {
    const found = ucdpDeaths(event);
    expect(found).toEqual(deaths);
    if (found) expect(found.a + found.b + found.civilians + found.unknown).toBe(event.fatalities.best);
  });
});
