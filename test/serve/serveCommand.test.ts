import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runServe, type ServeOptions } from '../../src/cli/commands/runServe.js';
import { BUILT_WEB_UI } from '../../src/cli/commands/_webUi.js';
import { openStore } from '../../src/store/index.js';
import { runCli } from '../helpers/cli.js';

const folder = mkdtempSync(join(tmpdir(), 'annals-serve-'));
const store = join(folder, 'store');
// a stand-in for the built web UI, and another folder to serve with --static
const builtUi = join(folder, 'web');
const other = join(folder, 'other');
mkdirSync(builtUi);
mkdirSync(other);
writeFileSync(join(builtUi, 'index.html'), '<!doctype html><title>Annals UI</title>');
writeFileSync(join(other, 'index.html'), '<!doctype html><title>Another UI</title>');

// an empty store: serve, like every command that reads, makes none
beforeAll(async () => (await openStore(store)).close(), 120_000);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Runs `serve` with these options, calls `visit` with its URL, stops it: its status and stderr. */
async function serving(options: Partial<ServeOptions>, visit: (url: string) => Promise<void>, ui = builtUi): Promise<{ status: number; stderr: string }> {
  let stderr = '';
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  let stop = (): void => undefined;
  try {
    const running = runServe({ host: '127.0.0.1', port: 0, db: store, ...options }, new Promise<void>((resolve) => (stop = resolve)), ui);
    const deadline = Date.now() + 60_000;
    while (!/serving http/.test(stderr) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const url = /serving (http:\/\/127\.0\.0\.1:\d+)/.exec(stderr)?.[1];
    expect(url, stderr).toBeDefined();
    await visit(url as string);
    stop();
    return { status: await running, stderr };
  } finally {
    spy.mockRestore();
  }
}

const page = async (url: string): Promise<{ type: string | null; body: string }> => {
  const response = await fetch(url);
  return { type: response.headers.get('content-type'), body: await response.text() };
};

describe('annals serve', () => {
  it('serves the built web UI at / and the API under /api/ until stopped, then exits 0', async () => {
    const run = await serving({}, async (url) => {
      expect(await page(`${url}/`)).toMatchObject({ type: expect.stringMatching(/^text\/html/), body: expect.stringContaining('Annals UI') });
      expect(await (await fetch(`${url}/api/articles`)).json()).toEqual({ items: [], next: null });
    });
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/the web UI at \//);
  });

  it('serves the API alone with --no-ui: / is a JSON index', async () => {
    const run = await serving({ ui: false }, async (url) => {
      expect(JSON.parse((await page(`${url}/`)).body)).toEqual({ name: 'annals', openapi: '/openapi.json', api: '/api/' });
    });
    expect(run.status).toBe(0);
  });

  it('serves another folder with --static', async () => {
    await serving({ static: other }, async (url) => {
      expect((await page(`${url}/`)).body).toContain('Another UI');
    });
  });

  it('says so when the web UI was never built, and serves the API', async () => {
    const run = await serving({}, async (url) => {
      expect(JSON.parse((await page(`${url}/`)).body)).toHaveProperty('openapi', '/openapi.json');
    }, join(folder, 'never-built'));
    expect(run.stderr).toContain(`annals: serve: no web UI built in ${join(folder, 'never-built')} (npm run build:web makes it): serving the API alone\n`);
  });

  it('looks for the UI where npm install builds it', () => {
    const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    expect(BUILT_WEB_UI).toBe(resolve('dist/web'));
    const [, root, outDir] = /vite build (\S+) --outDir (\S+)/.exec(scripts['build:web'] ?? '') ?? [];
    expect(resolve(root ?? '', outDir ?? '')).toBe(BUILT_WEB_UI);
    expect(scripts['prepare']).toContain('npm run build:web');
    expect(scripts['start']).toMatch(/annals\.js serve$/);
  });

  it.each([
    ['a port in words', ['--port', 'eighty'], /--port <port>' argument 'eighty' is invalid\. not a port number/],
    ['a port out of range', ['--port', '70000'], /--port <port>' argument '70000' is invalid\. not a port number/],
    ['--static with --no-ui', ['--static', other, '--no-ui'], /--static: cannot go with --no-ui/],
    ['a --static folder that is not there', ['--static', join(folder, 'nothing')], /--static .*nothing: no such folder/],
  ])('refuses %s with status 2', async (_, args, message) => {
    const run = await runCli(['serve', '--db', store, ...args]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});
