import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { eventUid, exportChunks } from '../../src/export/index.js';
import { ErrorSchema, createApp, startServer } from '../../src/serve/index.js';
import { ArticleSummarySchema, CheckItemSchema, EventDetailSchema, EventItemSchema, MovementSchema, SearchResultSchema, pageOf } from '../../src/serve/schemas.js';
import { openStore, type EventFilter, type Store } from '../../src/store/index.js';
import { buildFixtureStore, collect, gaoStrike, text, type FixtureStore } from '../export/_fixtureStore.js';
import { allPages as allPagesOf, get as getFrom } from './_requests.js';

let fixture: FixtureStore;
let store: Store;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  fixture = await buildFixtureStore();
  store = await openStore(fixture.folder);
  app = createApp(store);
});
afterAll(async () => {
  await store.close();
  fixture.remove();
});

const get = <T extends z.ZodType>(path: string, schema: T) => getFrom(app, path, schema);
const allPages = <T extends z.ZodType>(path: string, item: T, limit: number) => allPagesOf(app, path, item, limit);

const storedUids = async (filter: EventFilter) => (await collect(store.events(filter))).map(eventUid);

describe('/api/articles', () => {
  it('lists every stored article by title, a page at a time', async () => {
    const listed = await allPages('/api/articles', ArticleSummarySchema, 5);
    expect(listed.map((a) => a.id)).toEqual((await store.articles()).map((a) => a.id));
    expect(listed).toHaveLength(fixture.extractions.length);
  });

  it('gives one article as it was saved', async () => {
    const seed = fixture.extractions.find((x) => x.title === 'Bombardment of Gao');
    const response = await app.request(`/api/articles/${seed?.id}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(JSON.parse(JSON.stringify(seed)));
  });

  it('says 404 for an article it does not hold', async () => {
    const response = await app.request(`/api/articles/${'0'.repeat(64)}`);
    expect(response.status).toBe(404);
    expect(ErrorSchema.parse(await response.json()).error.code).toBe('not_found');
  });
});

describe('/api/events', () => {
  it('lists every stored event in reading order, a page at a time', async () => {
    const listed = await allPages('/api/events', EventItemSchema, 37);
    expect(listed.map((e) => e.uid)).toEqual(await storedUids({}));
  });

  it.each<[string, string, EventFilter]>([
    ['actor', 'actor=MOJWA', { actor: 'MOJWA' }],
    ['type', 'type=air%2Fdrone%20strike', { type: 'air/drone strike' }],
    ['country by code', 'country=ML', { country: 'ML' }],
    ['country by name', 'country=Ukraine', { country: 'Ukraine' }],
    ['dates', 'from=2013-01-01&to=2013-01-31', { from: '2013-01-01', to: '2013-01-31' }],
    ['box', 'bbox=-5,10,5,20', { bbox: [-5, 10, 5, 20] }],
    ['words', 'q=bombed', { q: 'bombed' }],
    ['several', 'country=Mali&type=Battles&from=2013-01-01', { country: 'Mali', type: 'Battles', from: '2013-01-01' }],
  ])('filters by %s as the store does', async (_, query, filter) => {
    const expected = await storedUids(filter);
    expect(expected.length, 'a filter that selects nothing tests nothing').toBeGreaterThan(0);
    expect((await allPages(`/api/events?${query}`, EventItemSchema, 4)).map((e) => e.uid)).toEqual(expected);
  });

  it('gives one event with its actors, place and the words of its evidence', async () => {
    const strike = await gaoStrike(store);
    const event = await get(`/api/events/${eventUid(strike)}`, EventDetailSchema);
    // this store was never linked: the event knows of no other article's account
    expect(event).toEqual({ uid: eventUid(strike), ...JSON.parse(JSON.stringify({ ...strike, cursor: undefined })), linked: null });
    expect(event.evidence[0]?.text).toMatch(/French planes bombed the city of Gao/);
  });

  it('says 404 for an event it does not hold', async () => {
    const strike = await gaoStrike(store);
    for (const id of [`${strike.article.id}-v999`, `${'0'.repeat(64)}-v1`]) {
      const response = await app.request(`/api/events/${id}`);
      expect(response.status).toBe(404);
      expect(ErrorSchema.parse(await response.json()).error.code).toBe('not_found');
    }
  });
});

describe('/api/movements', () => {
  it('lists every stored movement, a page at a time, legs in flown order', async () => {
    const listed = await allPages('/api/movements', MovementSchema, 3);
    expect(listed).toHaveLength(fixture.extractions.reduce((n, x) => n + x.movements.length, 0));
    const sortie = listed.find((m) => m.article.title === 'Bombardment of Gao');
    expect(sortie?.legs[0]?.place.name).toBe('Saint-Dizier');
    expect(sortie?.legs.at(-1)?.place.name).toBe("N'Djamena");
  });

  it.each([
    ['actor', 'actor=France', (m: z.infer<typeof MovementSchema>) => m.actor?.name === 'France'],
    ['country', 'country=TD', (m: z.infer<typeof MovementSchema>) => m.legs.some((l) => l.place.country === 'TD')],
    ['dates', 'from=2013-01-13&to=2013-01-13', (m: z.infer<typeof MovementSchema>) => m.date !== null && m.date.start <= '2013-01-13' && m.date.end >= '2013-01-13'],
  ])('filters by %s', async (_, query, keep) => {
    const all = await allPages('/api/movements', MovementSchema, 100);
    const expected = all.filter(keep).map((m) => m.uid);
    expect(expected.length).toBeGreaterThan(0);
    expect((await allPages(`/api/movements?${query}`, MovementSchema, 2)).map((m) => m.uid)).toEqual(expected);
  });

  it('keeps none when the filter selects events only (type, words)', async () => {
    expect((await get('/api/movements?type=Battles', pageOf(MovementSchema, 'Page'))).items).toEqual([]);
  });
});

describe('/api/checks', () => {
  const verdicts = () => fixture.extractions.flatMap((x) => x.checks.map((c) => c.verdict));

  it("lists every article's checks with the deciding words, a page at a time", async () => {
    const listed = await allPages('/api/checks', CheckItemSchema, 9);
    expect(listed).toHaveLength(verdicts().length);
    for (const check of listed) {
      const x = fixture.extractions.find((a) => a.id === check.article.id);
      expect(check.evidence_text).toBe(check.evidence ? x?.text.slice(check.evidence.start, check.evidence.end) : null);
    }
  });

  it.each(['agrees', 'contradicts', 'unsupported'] as const)('filters by verdict %s', async (verdict) => {
    const listed = await allPages(`/api/checks?verdict=${verdict}`, CheckItemSchema, 10);
    expect(listed).toHaveLength(verdicts().filter((v) => v === verdict).length);
    expect(listed.every((c) => c.verdict === verdict)).toBe(true);
  });

  it("filters by article", async () => {
    const seed = fixture.extractions.find((x) => x.title === 'Bombardment of Gao');
    const listed = await allPages(`/api/checks?article=${seed?.id}`, CheckItemSchema, 100);
    expect(listed.map((c) => c.field)).toEqual(seed?.checks.map((c) => c.field));
  });
});

describe('/api/search', () => {
  it('finds events by the words of their notes and articles by their title', async () => {
    const found = await get('/api/search?q=Gao', SearchResultSchema);
    expect(found.articles.map((a) => a.title)).toContain('Bombardment of Gao');
    expect(found.items.map((e) => e.uid)).toEqual((await storedUids({ q: 'Gao' })).slice(0, 100));
    expect(found.items.length).toBeGreaterThan(0);
  });

  it('reads on by cursor, naming articles on the first page only', async () => {
    const first = await get('/api/search?q=Gao&limit=1', SearchResultSchema);
    expect(first.next).not.toBeNull();
    const second = await get(`/api/search?q=Gao&limit=1&after=${first.next}`, SearchResultSchema);
    expect(second.articles).toEqual([]);
    expect([...first.items, ...second.items].map((e) => e.uid)).toEqual((await storedUids({ q: 'Gao' })).slice(0, 2));
  });
});

describe('/api/export/{format}', () => {
  it.each([
    ['acled', 'text/csv; charset=utf-8', 'annals-acled.csv'],
    ['ucdp', 'text/csv; charset=utf-8', 'annals-ucdp.csv'],
    ['geojson', 'application/geo+json', 'annals-geojson.geojson'],
    ['jsonl', 'application/jsonl; charset=utf-8', 'annals-jsonl.jsonl'],
  ] as const)('streams %s as the exporter writes it', async (format, type, file) => {
    const response = await app.request(`/api/export/${format}?country=Mali&limit=5`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${file}"`);
    expect(await response.text()).toBe(await text(exportChunks(store, format, { country: 'Mali', limit: 5 })));
  });
});

describe('the API', () => {
  it('answers HEAD like GET, without a body', async () => {
    const response = await app.request('/api/articles', { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it('serves static files from staticDir, with the same headers, and keeps /api/', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'annals-web-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Annals</title><script src="app.js"></script>');
    const web = createApp(store, { staticDir: dir });
    const page = await web.request('/');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Annals</title>');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect((await web.request('/api/articles?limit=1')).status).toBe(200);
    const missing = await web.request('/nothing.js');
    expect(missing.status).toBe(404);
    expect(ErrorSchema.parse(await missing.json()).error.code).toBe('not_found');
  });

  it('listens on 127.0.0.1 unless told otherwise', async () => {
    const server = await startServer(store, { port: 0 });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const response = await fetch(`${server.url}/api/articles?limit=2`);
      expect(response.status).toBe(200);
      expect((await response.json() as { items: unknown[] }).items).toHaveLength(2);
    } finally {
      await server.close();
    }
  });
});
