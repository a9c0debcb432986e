import { describe, expect, it } from 'vitest';
import { filterSql } from '../../src/store/_filterSql.js';
import type { EventFilter } from '../../src/store/index.js';

describe('filterSql', () => {
  it.each<[string, EventFilter, unknown[]]>([
    ['no filter', {}, []],
    ['an actor, folded', { actor: "Ansar Dine's" }, ['ansar dines']],
    ['an actor with diacritics', { actor: 'Mouvement pour l’Unicité' }, ['mouvement pour lunicite']],
    ['a country name', { country: 'Mali' }, ['ML']],
    ['a country code in lower case', { country: 'fr' }, ['FR']],
    ['dates', { from: '2013-01-01', to: '2013-01-31' }, ['2013-01-01', '2013-01-31']],
    ['a box', { bbox: [-1, 15, 1, 17] }, [15, 17, -1, 1]],
    ['blank words', { q: '  ' }, []],
    ['a canonical entity, as given', { entity: 'E5b0c3d2a11' }, ['E5b0c3d2a11']],
  ])('passes %s as parameters', (_, filter, params) => {
    expect(filterSql(filter).params).toEqual(params);
  });

  it('reads a box across the antimeridian as two ranges of longitude', () => {
    expect(filterSql({ bbox: [170, -20, -170, 0] }).where).toMatch(/ev\.lon >= \$3 or ev\.lon <= \$4/);
  });

  it.each<[string, EventFilter]>([
    ['30 February', { to: '2013-02-30' }],
    ['year 0', { from: '0000-01-01' }],
    ['a box beyond the poles', { bbox: [0, -100, 1, 0] }],
    ['a box with three corners', { bbox: [0, 1, 2] as unknown as [number, number, number, number] }],
  ])('refuses %s', (_, filter) => {
    expect(() => filterSql(filter)).toThrow(expect.objectContaining({ code: 'usage' }));
  });
});
