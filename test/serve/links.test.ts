import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventUid, exportChunks, storedMovements } from '../../src/export/index.js';
import { linkStore } from '../../src/link/index.js';
import { CanonicalEntitySchema, ConflictSchema, EntityDetailSchema } from '../../src/serve/linkSchemas.js';
import { createApp } from '../../src/serve/index.js';
import { EventDetailSchema, EventItemSchema, MovementSchema } from '../../src/serve/schemas.js';
import { openStore, type EventFilter, type Store } from '../../src/store/index.js';
import { buildFixtureStore, collect, text, type FixtureStore } from '../export/_fixtureStore.js';
import { allPages, get } from './_requests.js';

// Four articles about the Mali War and one about Iraq, linked: the seed and Operation Serval tell the
// air strike on Gao against MOJWA, and both name MOJWA.
const NAMES = ['Bombardment_of_Gao.txt', 'Operation_Serval.txt', 'Battle_of_Boulikessi.txt', 'MINUSMA_super_camp_attack.txt', 'Fall_of_Mosul.txt'];

let fixture: FixtureStore;
let store: Store;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  fixture = await buildFixtureStore(NAMES);
  store = await openStore(fixture.folder);
  await linkStore(store);
  app = createApp(store);
}, 120_000);
afterAll(async () => {
  await store.close();
  fixture.remove();
});

const storedUids = async (filter: EventFilter) => (await collect(store.events(filter))).map(eventUid);
const mojwa = async () => (await store.entities({ q: 'Movement for Oneness' }))[0];
const seed = () => fixture.extractions.find((x) => x.title === 'Bombardment of Gao');

describe('/api/entities', () => {
  it('lists every canonical entity, most widely named first, a page at a time', async () => {
    const listed = await allPages(app, '/api/entities', CanonicalEntitySchema, 25);
    expect(listed).toEqual(await store.entities());
    expect(listed.length).toBeGreaterThan(25);
  });

  it.each([
    ['kind and words', 'kind=state&q=french', { kind: 'state', q: 'french' }],
    ['words of an alias', 'q=oneness', { q: 'oneness' }],
    ['named only', 'named=true&kind=armed_group', { named: true, kind: 'armed_group' }],
  ] as const)('filters by %s as the store does', async (_, query, filter) => {
    const expected = await store.entities(filter);
    expect(expected.length, 'a filter that selects nothing tests nothing').toBeGreaterThan(0);
    expect(await allPages(app, `/api/entities?${query}`, CanonicalEntitySchema, 3)).toEqual(expected);
  });

  it('explains each member: its article, the rule and shared key that merged it, the member it matched, its aliases', async () => {
    const entity = await get(app, `/api/entities/${(await mojwa())?.id}`, EntityDetailSchema);
    expect(entity.members.map((m) => m.article.title).sort()).toEqual(['Bombardment of Gao', 'Operation Serval']);
    const [first, joined] = entity.members;
    expect(first?.rule).toBe('first');
    expect(joined?.rule).not.toBe('first');
    expect(joined?.evidence?.with).toEqual({ article: first?.article, entity_id: first?.entity_id, name: first?.name });
    expect(joined?.evidence?.key).toMatch(/^[a-z-]+:/);
    expect(entity.members.flatMap((m) => m.aliases.map((a) => a.text))).toContain('Movement for Oneness and Jihad in West Africa');
    expect(entity.members.every((m) => m.aliases.every((a) => a.from !== ''))).toBe(true);
  });

  it("finds the canonical entity of an article's entity by <article id>-<entity id>", async () => {
    const local = seed()?.entities.find((e) => e.name === 'MOJWA');
    const entity = await get(app, `/api/entities/${seed()?.id}-${local?.id}`, EntityDetailSchema);
    expect(entity.id).toBe((await mojwa())?.id);
  });

  it('lists its events with their places, a page at a time, as many as it counts', async () => {
    const { id, events } = (await mojwa()) ?? { id: '', events: 0 };
    const listed = await allPages(app, `/api/entities/${id}/events`, EventItemSchema, 2);
    expect(listed.map((e) => e.uid)).toEqual(await storedUids({ entity: id }));
    expect(listed).toHaveLength(events);
    expect(listed.filter((e) => e.location?.lat != null).length).toBeGreaterThan(0);
  });
});

describe('/api/conflicts', () => {
  it('gives the tree, parents before children, with event counts and dates, a page at a time', async () => {
    const listed = await allPages(app, '/api/conflicts', ConflictSchema, 2);
    expect(listed).toEqual(await store.conflicts());
    const mali = listed.find((c) => c.name === 'Mali War');
    expect(mali).toMatchObject({ parent_id: null, depth: 0, date_start: expect.any(String) });
    expect(listed.filter((c) => c.parent_id === mali?.id).map((c) => c.name).sort()).toEqual(['Battle of Boulikessi', 'Bombardment of Gao', 'Operation Serval']);
    expect(listed.findIndex((c) => c.id === mali?.id)).toBeLessThan(listed.findIndex((c) => c.parent_id === mali?.id));
  });
});

describe('the conflict filter', () => {
  it.each(['Mali War', 'the mali war', 'Fall of Mosul'])('selects the events of %s and everything under it, as the store does', async (conflict) => {
    const expected = await storedUids({ conflict });
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan((await storedUids({})).length);
    expect((await allPages(app, `/api/events?conflict=${encodeURIComponent(conflict)}`, EventItemSchema, 5)).map((e) => e.uid)).toEqual(expected);
  });

  it('takes a conflict id too', async () => {
    const mali = (await store.conflicts()).find((c) => c.name === 'Mali War');
    expect((await allPages(app, `/api/events?conflict=${mali?.id}`, EventItemSchema, 50)).map((e) => e.uid)).toEqual(await storedUids({ conflict: 'Mali War' }));
  });

  it("keeps the movements of the conflict's articles only", async () => {
    const under = async (conflict: string) => (await allPages(app, `/api/movements?conflict=${encodeURIComponent(conflict)}`, MovementSchema, 5)).map((m) => m.article.title);
    expect(await under('Mali War')).toContain('Bombardment of Gao');
    expect(await under('Fall of Mosul')).not.toContain('Bombardment of Gao');
    expect(await under('Mali War')).toEqual((await collect(storedMovements(store, { conflict: 'Mali War' }))).map((m) => m.article.title));
  });

  it('applies to exports', async () => {
    const response = await app.request('/api/export/jsonl?conflict=Mali%20War');
    expect(response.status).toBe(200);
    const lines = (await response.text()).trim().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as { uid: string }).uid)).toEqual(await storedUids({ conflict: 'Mali War' }));
    expect(lines.join('\n')).toBe((await text(exportChunks(store, 'jsonl', { conflict: 'Mali War' }))).trim());
  });
});

describe('/api/events/{id}: also described in', () => {
  it("names the other articles' accounts of the same happening, the number of sources and the fatality range", async () => {
    const strike = await get(app, `/api/events/${seed()?.id}-v1`, EventDetailSchema);
    expect(strike.linked).toMatchObject({ number_of_sources: 2, conflict: { root: { name: 'Mali War' } } });
    const [other] = strike.linked?.also_described_in ?? [];
    expect(strike.linked?.also_described_in).toHaveLength(1);
    expect(other?.article.title).toBe('Operation Serval');
    const told = await get(app, `/api/events/${other?.uid}`, EventDetailSchema);
    expect(told.linked?.id).toBe(strike.linked?.id);
    expect(told.linked?.also_described_in.map((s) => s.uid)).toEqual([strike.uid]);
    const bests = [strike.fatalities.best, told.fatalities.best].filter((n) => n !== null);
    expect(strike.linked?.fatalities.best).toBe(bests.length > 0 ? Math.min(...bests) : null);
  });

  it('gives an event no other article tells a linked event of one source', async () => {
    const mosul = fixture.extractions.find((x) => x.title === 'Fall of Mosul');
    const event = await get(app, `/api/events/${mosul?.id}-${mosul?.events[0]?.id}`, EventDetailSchema);
    expect(event.linked?.number_of_sources).toBeGreaterThanOrEqual(1);
    expect(event.linked?.also_described_in).toHaveLength((event.linked?.number_of_sources ?? 1) - 1);
  });
});
