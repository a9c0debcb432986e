import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { ErrorSchema, createApp, startServer } from '../../src/serve/index.js';
import { allowedHosts } from '../../src/serve/requestChecks.js';
import type { Store } from '../../src/store/index.js';

// The checks answer before any route reads the store.
const app = createApp({} as Store, { hosts: allowedHosts('127.0.0.1', ['annals.example.org']) });

async function refusal(path: string, init?: RequestInit): Promise<{ status: number; message: string }> {
  const response = await app.request(path, init);
  expect(response.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
  return { status: response.status, message: ErrorSchema.strict().parse(await response.json()).error.message };
}

const BAD_PARAMETERS: [path: string, message: RegExp][] = [
  ['/api/search?q=%00', /^q "\\u0000": holds the control character U\+0000$/],
  ['/api/search?q=Gao%00Mali', /^q "Gao\\u0000Mali": holds the control character U\+0000$/],
  ['/api/events?actor=MOJWA%0A', /^actor "MOJWA\\n": holds the control character U\+000A$/],
  ['/api/events?country=%7F', /U\+007F/],
  ['/api/export/acled?from=%1B', /^from "\\u001b": holds the control character U\+001B$/],
  ['/api/events/%00', /^path "\/api\/events\/\\u0000": holds the control character U\+0000$/],
  ['/api/articles?%00=1', /^parameter name "\\u0000": holds the control character/],
  ['/api/search?q=%E0%A4%A', /^q "%E0%A4%A": not valid percent-encoded UTF-8$/],
  ['/api/search?q=%ED%A0%80', /^q "%ED%A0%80": not valid percent-encoded UTF-8$/],
  ['/openapi.json?x=%FF', /^x "%FF": not valid percent-encoded UTF-8$/],
];

describe('parameters no route means anything with', () => {
  it.each(BAD_PARAMETERS)('%s is a 400 naming the parameter', async (path, message) => {
    const { status, message: said } = await refusal(path);
    expect(status).toBe(400);
    expect(said).toMatch(message);
  });
});

describe('error bodies echo at most 200 characters of the input', () => {
  const long = 'a'.repeat(10_000);
  it.each([
    ['a 10,000-character q', `/api/search?q=${long}`, 400],
    ['a 10,000-character q with a NUL', `/api/search?q=${long}%00`, 400],
    ['a 10,000-character unknown parameter', `/api/events?${long}=1`, 400],
    ['a 10,000-character path', `/api/${long}`, 404],
    ['a 10,000-character path to a write', `/api/${long}`, 405],
    ['a 10,000-character Host', '/openapi.json', 403],
  ])('%s', async (_, path, status) => {
    const init = status === 405 ? { method: 'POST' } : status === 403 ? { headers: { host: long } } : undefined;
    const { status: got, message } = await refusal(path, init);
    expect(got).toBe(status);
    expect(message.match(/a/g)?.length ?? 0).toBeLessThanOrEqual(210);
    expect(message.length).toBeLessThan(400);
  });
});

describe('the Host a request names', () => {
  it.each([['localhost'], ['localhost:8080'], ['127.0.0.1:8080'], ['[::1]:8080'], ['annals.example.org'], ['Annals.Example.Org.:443']])('%s is answered', async (host) => {
    expect((await app.request('/openapi.json', { headers: { host } })).status).toBe(200);
  });

  it.each([['evil.example'], ['annals.example.org.evil.example'], ['127.0.0.1.nip.io:8080'], ['0.0.0.0:8080']])('%s is refused with a 403', async (host) => {
    const { status, message } = await refusal('/openapi.json', { headers: { host } });
    expect(status).toBe(403);
    expect(message).toContain('--allowed-host');
  });

  it('answers on every address of the machine when bound to all of them', () => {
    expect(allowedHosts('0.0.0.0')).toEqual(expect.arrayContaining(['localhost', '127.0.0.1', '::1']));
    expect(allowedHosts('::').length).toBeGreaterThan(3);
  });

  it('is checked on a running server, with --allowed-host names added', async () => {
    const server = await startServer({} as Store, { port: 0, allowedHosts: ['annals.test'] });
    const status = (host: string): Promise<number | undefined> =>
      new Promise((resolve, reject) => {
        const { port } = new URL(server.url);
        const req = request({ host: '127.0.0.1', port, path: '/openapi.json', headers: { host } }, (res) => {
          res.resume();
          resolve(res.statusCode);
        });
        req.on('error', reject);
        req.end();
      });
    try {
      expect(await status('annals.test:8080')).toBe(200);
      expect(await status(new URL(server.url).host)).toBe(200);
      expect(await status('rebound.example:8080')).toBe(403);
    } finally {
      await server.close();
    }
  });
});
