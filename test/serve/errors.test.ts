import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorSchema, createApp } from '../../src/serve/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import { buildFixtureStore, type FixtureStore } from '../export/_fixtureStore.js';

let fixture: FixtureStore;
let store: Store;
let app: ReturnType<typeof createApp>;
let seedEvent: string;

beforeAll(async () => {
  // the seed alone: these tests need a stored article and event, not many
  fixture = await buildFixtureStore(['Bombardment_of_Gao.txt']);
  store = await openStore(fixture.folder);
  app = createApp(store);
  seedEvent = `${fixture.extractions.find((x) => x.title === 'Bombardment of Gao')?.id}-v1`;
});
afterAll(async () => {
  await store.close();
  fixture.remove();
});

/** Each route with a request it must refuse, and the status it refuses it with. */
const BAD_REQUESTS: [route: string, path: () => string, status: number][] = [
  ['/api/articles', () => '/api/articles?limit=0', 400],
  ['/api/articles', () => '/api/articles?after=nonsense', 400],
  ['/api/articles', () => '/api/articles?sort=title', 400],
  ['/api/articles/{id}', () => '/api/articles/not-a-hash', 400],
  ['/api/articles/{id}', () => `/api/articles/${'0'.repeat(64)}`, 404],
  ['/api/articles/{id}', () => `/api/articles/${'0'.repeat(64)}?full=1`, 400],
  ['/api/events', () => '/api/events?from=yesterday', 400],
  ['/api/events', () => '/api/events?to=2013-02-30', 400],
  ['/api/events', () => '/api/events?country=Atlantis', 400],
  ['/api/events', () => '/api/events?bbox=0,10,1,5', 400],
  ['/api/events', () => '/api/events?bbox=a,b,c,d', 400],
  ['/api/events', () => '/api/events?after=nonsense', 400],
  ['/api/events', () => '/api/events?limit=1001', 400],
  ['/api/events', () => '/api/events?limit=ten', 400],
  ['/api/events', () => '/api/events?actor=--', 400],
  ['/api/events', () => '/api/events?actor=a&actor=b', 400],
  ['/api/events', () => '/api/events?contry=Mali', 400],
  ['/api/events/{id}', () => '/api/events/v1', 400],
  ['/api/events/{id}', () => `${seedEvent.replace(/-v1$/, '-v999')}`.replace(/^/, '/api/events/'), 404],
  ['/api/movements', () => '/api/movements?country=Atlantis', 400],
  ['/api/movements', () => '/api/movements?after=nonsense', 400],
  ['/api/checks', () => '/api/checks?verdict=maybe', 400],
  ['/api/checks', () => '/api/checks?article=xyz', 400],
  ['/api/checks', () => '/api/checks?after=nonsense', 400],
  ['/api/search', () => '/api/search', 400],
  ['/api/search', () => '/api/search?q=%20', 400],
  ['/api/export/{format}', () => '/api/export/xlsx', 400],
  ['/api/export/{format}', () => '/api/export/acled?from=yesterday', 400],
  ['/api/export/{format}', () => '/api/export/geojson?country=Atlantis', 400],
  ['/api/events', () => '/api/events?conflict=%20', 400],
  ['/api/movements', () => '/api/movements?conflict=', 400],
  ['/api/entities', () => '/api/entities?kind=tribe', 400],
  ['/api/entities', () => '/api/entities?named=yes', 400],
  ['/api/entities', () => '/api/entities?after=E0000000000', 400],
  ['/api/entities/{id}', () => '/api/entities/Russia', 400],
  ['/api/entities/{id}', () => '/api/entities/E0000000000', 404],
  ['/api/entities/{id}', () => `/api/entities/${seedEvent.replace(/-v1$/, '-e999')}`, 404],
  ['/api/entities/{id}/events', () => '/api/entities/E0000000000/events', 404],
  ['/api/entities/{id}/events', () => '/api/entities/E0000000000/events?limit=0', 400],
  ['/api/conflicts', () => '/api/conflicts?after=nonsense', 400],
  ['/api/conflicts', () => '/api/conflicts?depth=1', 400],
  ['/openapi.json', () => '/openapi.json?format=yaml', 400],
  ['(none)', () => '/api/nothing', 404],
];

const ROUTES = [
  '/api/articles', '/api/articles/{id}', '/api/events', '/api/events/{id}', '/api/movements', '/api/checks', '/api/search', '/api/export/{format}',
  '/api/entities', '/api/entities/{id}', '/api/entities/{id}/events', '/api/conflicts', '/openapi.json',
];

// One concrete path per route, to try every method on.
const sampleId = (route: string): string => (route.startsWith('/api/articles') ? seedEvent.slice(0, 64) : route.startsWith('/api/entities') ? 'E0000000000' : seedEvent);
const samplePath = (route: string): string => route.replace('{id}', sampleId(route)).replace('{format}', 'acled');

async function expectErrorShape(response: Response, status: number): Promise<void> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
  const body = ErrorSchema.strict().parse(await response.json());
  expect(body.error.message).not.toBe('');
}

describe('one error shape for every route', () => {
  it('has a bad request for every route', () => {
    expect(new Set(BAD_REQUESTS.map(([route]) => route))).toEqual(new Set([...ROUTES, '(none)']));
  });

  it.each(BAD_REQUESTS)('%s: %s', async (_, path, status) => {
    await expectErrorShape(await app.request(path()), status);
  });

  it.each(ROUTES.flatMap((route) => ['POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'].map((method) => [route, method] as const)))('%s refuses %s: read-only', async (route, method) => {
    const response = await app.request(samplePath(route), { method });
    expect(response.headers.get('allow')).toBe('GET, HEAD');
    await expectErrorShape(response, 405);
  });

  it('names the parameter and the value it refuses', async () => {
    const body = ErrorSchema.parse(await (await app.request('/api/events?from=yesterday')).json());
    expect(body.error.message).toBe('from "yesterday": not an ISO date (YYYY-MM-DD)');
  });

  it('sets a Content-Security-Policy without inline script on every answer', async () => {
    for (const route of ROUTES) {
      const csp = (await app.request(samplePath(route))).headers.get('content-security-policy') ?? '';
      expect(csp, route).toMatch(/default-src 'self'/);
      expect(csp, route).not.toMatch(/unsafe-inline|unsafe-eval/);
    }
  });
});
