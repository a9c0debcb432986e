import { describe, expect, it } from 'vitest';
import { conflictTree } from '../../src/web/conflictTree.js';
import { memberReason } from '../../src/web/entity/memberReason.js';
import type { ConflictNode, EntityMember } from '../../src/web/linkApi.js';
import { fatalityRange } from '../../src/web/linked/fatalityRange.js';

const article = (id: string, title = id) => ({ id, title, source: `${title}.txt` });
const node = (id: string, name: string, parent_id: string | null, articles: string[] = []): ConflictNode => ({
  id, name, parent_id, depth: parent_id === null ? 0 : 1, articles: articles.map((a) => article(a)), events: 0, date_start: null, date_end: null,
});

// The seed's tree: the Mali War over its battles, and a second root.
const NODES = [
  node('CW', 'Mali War', null),
  node('CN', 'Northern Mali conflict', null, ['minusma']),
  node('CS', 'Operation Serval', 'CW', ['serval']),
  node('CG', 'Bombardment of Gao', 'CW', ['seed']),
  node('CK', 'Battle of Konna', 'CS', ['konna']),
  node('CX', 'Orphan battle', 'C-gone', ['orphan']),
];

describe('conflictTree', () => {
  it('lists each conflict before those under it, by name, with a missing parent read as a root', () => {
    expect(conflictTree(NODES).ordered.map((n) => n.id)).toEqual(['CW', 'CG', 'CS', 'CK', 'CN', 'CX']);
  });

  it.each([
    ['a war: every article under it', 'CW', ['seed', 'serval', 'konna']],
    ['an operation: its own and its battle', 'CS', ['serval', 'konna']],
    ['a battle: its own', 'CG', ['seed']],
    ['an unknown conflict: none', 'C0', []],
  ])('%s', (_, id, articles) => {
    expect([...conflictTree(NODES).articlesUnder(id)].sort()).toEqual([...articles].sort());
  });

  it('visits a node once even when parents point in a circle', () => {
    const circle = [node('A', 'A', 'B', ['a']), node('B', 'B', 'A', ['b'])];
    expect([...conflictTree(circle).articlesUnder('A')].sort()).toEqual(['a', 'b']);
  });
});

const member = (rule: string, evidence: EntityMember['evidence']): EntityMember => ({
  article: article('seed', 'Bombardment of Gao'), entity_id: 'e5', name: 'MOJWA', kind: 'armed_group', rule, evidence, aliases: [],
});
const serval = { article: article('serval', 'Operation Serval'), entity_id: 'e9', name: 'MOJWA' };

describe('memberReason', () => {
  it.each([
    ['the first member', member('first', null), 'the first named: the others joined it'],
    ['a merge by name', member('same-name', { key: 'name:force:mojwa', with: serval }), 'the same name (name:force:mojwa) as “MOJWA” in Operation Serval'],
    ['a merge by state', member('same-state', { key: 'state:ML', with: { ...serval, name: 'Mali' } }), 'the same state (state:ML) as “Mali” in Operation Serval'],
    ['a rule it does not know, by its name', member('same-planet', { key: 'planet:earth', with: serval }), 'same-planet (planet:earth) as “MOJWA” in Operation Serval'],
  ])('%s', (_, m, reason) => {
    expect(memberReason(m)).toBe(reason);
  });
});

describe('fatalityRange', () => {
  it.each([
    ['no figure', { low: null, best: null, high: null }, ''],
    ['sources that agree', { low: 60, best: 60, high: 60 }, '60 killed'],
    ['sources that differ', { low: 12, best: 12, high: 60 }, '12 killed (12–60 across sources)'],
    ['a low figure only', { low: 10, best: null, high: null }, '10 killed'],
  ])('%s', (_, figures, words) => {
    expect(fatalityRange(figures)).toBe(words);
  });
});
