import { describe, expect, it } from 'vitest';
import { membersOf } from '../../src/link/_membersOf.js';
import { article, entity, shuffled } from './_inputs.js';

describe('membersOf', () => {
  const articles = [article(1, 'Battle of A'), article(2, 'Battle of B')];
  const entities = () => [
    entity(1, 'e1', 'Ansar Dine'), entity(1, 'e2', 'Mali', { kind: 'state', country: 'ML' }),
    entity(1, 'e3', '1st Battalion', { kind: 'military_unit', affiliation: 'e2' }), entity(2, 'e1', 'rebels'),
  ];

  it('lets the entities go as it makes their members: the list it is given is emptied', () => {
    const given = entities();
    expect(membersOf(articles, given)).toHaveLength(4);
    expect(given).toEqual([]);
  });

  it('gives the members in one order, indexed in it, whatever order the entities come in', () => {
    const a = membersOf(articles, entities());
    const b = membersOf(articles, shuffled(entities()));
    expect(b.map((m) => m.sortKey)).toEqual(a.map((m) => m.sortKey));
    expect(a.map((m) => m.index)).toEqual([0, 1, 2, 3]);
    expect(new Set(a.map((m) => m.sortKey)).size).toBe(4);
  });

  it('reads a served entity from the same article, made a member before or after it', () => {
    for (const list of [entities(), shuffled(entities())]) {
      const unit = membersOf(articles, list).find((m) => m.name === '1st Battalion');
      expect(unit?.serves).toBe('ML');
    }
  });
});
