import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runServe } from '../../src/cli/commands/serveCommand.js';
import { openStore } from '../../src/store/index.js';
import { runCli } from '../helpers/cli.js';

const folder = mkdtempSync(join(tmpdir(), 'annals-serve-'));
// an empty store: serve, like every command that reads, makes none
beforeAll(async () => (await openStore(folder)).close(), 120_000);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('annals serve', () => {
  it('serves the store on 127.0.0.1 until stopped, then exits 0', async () => {
    let stderr = '';
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stderr += String(chunk);
      return true;
    });
    let stop = (): void => undefined;
    try {
      const running = runServe({ host: '127.0.0.1', port: 0, db: folder }, new Promise<void>((resolve) => (stop = resolve)));
      const deadline = Date.now() + 60_000;
      while (!/serving (\S+)/.test(stderr) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      const url = /serving (http:\/\/127\.0\.0\.1:\d+)/.exec(stderr)?.[1];
      expect(url, stderr).toBeDefined();
      const response = await fetch(`${url}/api/articles`);
      expect(await response.json()).toEqual({ items: [], next: null });
      stop();
      expect(await running).toBe(0);
    } finally {
      spy.mockRestore();
    }
  });

  it.each([
    ['a port in words', ['--port', 'eighty'], /--port <port>' argument 'eighty' is invalid\. not a port number/],
    ['a port out of range', ['--port', '70000'], /--port <port>' argument '70000' is invalid\. not a port number/],
  ])('refuses %s with status 2', async (_, args, message) => {
    const run = await runCli(['serve', '--db', folder, ...args]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});
