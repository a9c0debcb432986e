import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../src/store/_backend.js';
import { openBackend } from '../../src/store/openBackend.js';
import { filterSql } from '../../src/store/_filterSql.js';
import { pageSql } from '../../src/store/listEvents.js';
import type { EventFilter } from '../../src/store/index.js';
import { must } from './_must.js';
import { populate } from './_population.js';

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Parent Relationship'?: string;
  Plans?: PlanNode[];
}

const nodesOf = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodesOf)];

// Tables with a row or more per event: a sub-plan reading one of them would run once per event.
const PER_EVENT = new Set(['events', 'evidence', 'event_actors', 'entities', 'aliases', 'articles']);
const perEventSubPlans = (nodes: readonly PlanNode[]) =>
  nodes.filter((n) => n['Parent Relationship'] === 'SubPlan' && nodesOf(n).some((m) => PER_EVENT.has(m['Relation Name'] ?? '')));

// The planner's choice on a store big enough to have one (20,000 events, analysed, as an ingest
// leaves it): a sequential scan would read every event for a page of 100.
describe('events pages on PGlite: the plan of each filter', () => {
  const folder = mkdtempSync(join(tmpdir(), 'annals-plans-'));
  let backend: Backend;
  beforeAll(async () => {
    backend = await openBackend({ kind: 'pglite', folder });
    await populate(backend);
  }, 120_000);
  afterAll(async () => {
    await backend.close();
    rmSync(folder, { recursive: true, force: true });
  });

  const planOf = async (filter: EventFilter): Promise<PlanNode[]> => {
    const { sql, params } = pageSql(filter, 101);
    const [row] = await backend.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(`explain (format json) ${sql}`, params);
    return nodesOf(must(row, 'plan')['QUERY PLAN'][0].Plan);
  };

  const FILTERS: [string, EventFilter][] = [
    ['no filter', {}],
    ['a country', { country: 'SY' }],
    ['a type', { type: 'Battles' }],
    ['a sub-event type', { type: 'armed clash' }],
    ['a type within a year', { type: 'Battles', from: '2016-01-01', to: '2016-12-31' }],
    ['from a day', { from: '2016-01-01' }],
    ['up to a day', { to: '2000-01-01' }],
    ['an actor named in many events', { actor: 'Syrian Army' }],
    ['an actor named in few', { actor: 'Actor 7' }],
    ['words', { q: 'airstrike' }],
    ['words in a country', { q: 'airstrike', country: 'SY' }],
    ['a box', { bbox: [35, 32, 42, 37] }],
    ['a canonical entity', { entity: 'E0000000001' }],
    ['a conflict', { conflict: 'Syrian civil war' }],
    ['a page after a cursor', { country: 'SY', after: 'WyIyMDE2LTAxLTAxIiwxLDBd' }],
  ];

  it.each(FILTERS)('reads %s through indexes, with no sub-query per row', async (_, filter) => {
    const nodes = await planOf(filter);
    expect(nodes.filter((n) => n['Node Type'] === 'Seq Scan' && n['Relation Name'] === 'events')).toEqual([]);
    expect(perEventSubPlans(nodes)).toEqual([]);
  });

  // the alternatives of a page (eventBranches) select exactly what the filter's one condition does
  it.each(FILTERS)('pages %s as the plain filter orders it', async (_, filter) => {
    const { sql, params } = pageSql(filter, 101);
    const page = await backend.query<{ article_key: number; ordinal: number }>(sql, params);
    const plain = filterSql(filter);
    const expected = await backend.query<{ article_key: number; ordinal: number }>(
      `select ev.article_key, ev.ordinal from events ev where ${plain.where} order by ev.date_sort, ev.article_key, ev.ordinal limit 101`,
      plain.params,
    );
    expect(page.map((r) => [r.article_key, r.ordinal])).toEqual(expected.map((r) => [r.article_key, r.ordinal]));
  });
});
