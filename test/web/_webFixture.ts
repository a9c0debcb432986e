import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import type { Extraction } from '../../src/model/index.js';
import { startServer } from '../../src/serve/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import { extract } from '../store/_extractions.js';

/** A store of real extractions served with the UI on 127.0.0.1 at a free port. */
export interface WebFixture {
  url: string;
  store: Store;
  extractions: Extraction[];
  close(): Promise<void>;
}

/**
 * Builds the UI from src/web (as `npm run build:web` does, into a folder of the test's own, so the
 * test sees the sources as they are) and returns that folder.
 * @example await buildUi('/tmp/annals-web-x/ui')
 */
export async function buildUi(outDir: string): Promise<string> {
  await build({ root: resolve('src/web'), configFile: false, logLevel: 'silent', build: { outDir, emptyOutDir: true } });
  return outDir;
}

/**
 * Extracts these article files through the real pipeline, saves them in a fresh PGlite store,
 * builds the UI, and serves both in-process.
 * @example const web = await startWebFixture([SEED]); await page.goto(web.url)
 */
export async function startWebFixture(paths: string[]): Promise<WebFixture> {
  const folder = mkdtempSync(join(tmpdir(), 'annals-web-'));
  const [extractions, staticDir] = await Promise.all([extract(...paths), buildUi(join(folder, 'ui'))]);
  const store = await openStore(join(folder, 'db'));
  await store.saveArticles(extractions);
  const server = await startServer(store, { port: 0, staticDir });
  return {
    url: server.url,
    store,
    extractions,
    close: async () => {
      await server.close();
      await store.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
