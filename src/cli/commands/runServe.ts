import { once } from 'node:events';
import { isAnnalsError } from '../../model/index.js';
import { noteServer } from '../../store/index.js';
import { openStoreOrReport } from './_openStore.js';
import { BUILT_WEB_UI, webRoot, type RootChoice } from './_webUi.js';

export interface ServeOptions {
  host: string;
  port: number;
  db?: string;
  /** `--static DIR`: this folder's files from `/` instead of the built web UI. */
  static?: string;
  /** false (`--no-ui`): the API alone, `/` a JSON index. */
  ui?: boolean;
  /** `--allowed-host NAME`, repeatable: Host names to answer to besides loopback and the bound address. */
  allowedHost?: string[];
  verbose?: boolean;
}

/** Resolves on the first SIGINT or SIGTERM: how a person or a service manager stops the server. */
async function stopSignal(): Promise<void> {
  const controller = new AbortController();
  await Promise.race([once(process, 'SIGINT', { signal: controller.signal }), once(process, 'SIGTERM', { signal: controller.signal })]);
  controller.abort();
}

/**
 * `annals serve [--host 127.0.0.1] [--port 8080]`: the web UI built into the package at `/` and the
 * read-only HTTP API under `/api/` over the store, until Ctrl-C (SIGINT) or SIGTERM. Returns the
 * exit status: 0 stopped, 1 the store or the port failed, 2 options that cannot go together.
 * `builtUi` is where the built UI is looked for (tests point it elsewhere).
 * @example await runServe({ host: '127.0.0.1', port: 8080 }, stopSignal())
 */
export async function runServe(options: ServeOptions, stop: Promise<void> = stopSignal(), builtUi: string = BUILT_WEB_UI): Promise<number> {
  let root: RootChoice;
  try {
    root = webRoot(options, builtUi);
  } catch (error) {
    if (!isAnnalsError(error)) throw error;
    process.stderr.write(`annals: serve: ${error.message}\n`);
    return 2;
  }
  if (root.note) process.stderr.write(`annals: serve: ${root.note}\n`);
  const store = await openStoreOrReport(options.db, '/');
  if (!store) return 1;
  let forget = async (): Promise<void> => undefined;
  try {
    // the API's modules (hono, the OpenAPI schemas) load for `serve` only, not for every command
    const { startServer } = await import('../../serve/index.js');
    const server = await startServer(store, { host: options.host, port: options.port, allowedHosts: options.allowedHost ?? [], ...(root.dir === undefined ? {} : { staticDir: root.dir }) });
    // an embedded store is ours alone while we serve it: the note lets other commands name our URL
    if (store.kind === 'pglite') forget = await noteServer(store.location, server.url);
    const ui = root.dir === undefined ? '' : root.dir === builtUi ? 'the web UI at /, ' : `${root.dir} at /, `;
    process.stderr.write(`annals: serving ${server.url} (${ui}API under /api/, OpenAPI at /openapi.json; store ${store.location}); Ctrl-C stops\n`);
    await stop;
    await server.close();
    return 0;
  } catch (error) {
    const known = isAnnalsError(error) || (error instanceof Error && 'code' in error && typeof error.code === 'string' && error.code.startsWith('E'));
    if (!known) throw error;
    process.stderr.write(`annals: serve: ${error instanceof Error ? error.message : String(error)}\n`);
    if (options.verbose && error instanceof Error && error.cause) process.stderr.write(`${String(error.cause)}\n`);
    return 1;
  } finally {
    await forget();
    await store.close();
  }
}
