import { serveStatic } from '@hono/node-server/serve-static';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { issueLine } from '../export/index.js';
import { isAnnalsError } from '../model/index.js';
import type { Store } from '../store/index.js';
import { ApiError, clip, errorBody } from './apiError.js';
import { NoQuery } from './querySchemas.js';
import { allowedHosts, hostCheck, parameterCheck } from './requestChecks.js';
import { articleRoutes } from './routes/articleRoutes.js';
import { checkRoutes } from './routes/checkRoutes.js';
import { conflictRoutes } from './routes/conflictRoutes.js';
import { entityRoutes } from './routes/entityRoutes.js';
import { eventRoutes } from './routes/eventRoutes.js';
import { exportRoute } from './routes/exportRoute.js';
import { movementRoutes } from './routes/movementRoutes.js';
import { searchRoute } from './routes/searchRoute.js';
import { securityHeaders } from './securityHeaders.js';

export interface AppOptions {
  /** A folder of static files (the web UI) served from `/`; the API keeps `/api/` and `/openapi.json`. */
  staticDir?: string;
  /** The host names a request's Host may give (`allowedHosts`); others are refused (403). Default: loopback only. */
  hosts?: readonly string[];
}

const OPENAPI = { openapi: '3.1.0', info: { title: 'Annals API', version: '1', description: 'Read-only access to stored articles, events, movements and infobox checks, and to what linking made of them: canonical entities, events across articles, the conflict tree.' } };

// Route inputs the validator refuses: one 400 in the error shape, naming the parameter and its value.
function refused(result: { success: boolean; error?: unknown; target: string }, c: Context): void {
  if (result.success || !(result.error instanceof Error && 'issues' in result.error)) return;
  const error = result.error as Parameters<typeof issueLine>[0];
  const given: Record<string, string> = result.target === 'param' ? c.req.param() : c.req.query();
  // a value is echoed clipped; unknown parameters are named by their keys, as long as a caller likes
  const { input, problem } = issueLine(error, Object.fromEntries(Object.entries(given).map(([k, v]) => [k, clip(v)])));
  throw new ApiError('bad_request', `${error.issues[0]?.code === 'unrecognized_keys' ? clip(input) : input}: ${problem}`);
}

function failure(error: Error, c: Context): Response {
  if (error instanceof ApiError) return c.json(errorBody(error.code, error.message), error.status);
  if (isAnnalsError(error) && error.code === 'usage') return c.json(errorBody('bad_request', error.message), 400);
  if (isAnnalsError(error) && error.code === 'not_found') return c.json(errorBody('not_found', error.message), 404);
  process.stderr.write(`annals: serve: ${c.req.method} ${c.req.path}: ${error.stack ?? error.message}\n`);
  return c.json(errorBody('internal', 'internal error (the server log has the cause)'), 500);
}

/**
 * The HTTP API over a store, read-only: `/api/articles`, `/api/articles/{id}`, `/api/events`,
 * `/api/events/{id}`, `/api/movements`, `/api/checks`, `/api/search`, `/api/export/{format}`,
 * `/api/entities`, `/api/entities/{id}`, `/api/entities/{id}/events`, `/api/conflicts`, `/openapi.json`; any other method is a 405, every error `{ error: { code, message } }`, every
 * response carries a Content-Security-Policy without inline script. A Host the server does not answer
 * to is a 403, a control character or broken encoding in any parameter a 400; errors echo at most
 * 200 characters of what was sent. Tests call `app.request()`.
 * @example const app = createApp(store); await (await app.request('/api/events?country=Mali')).json()
 * @example createApp(store, { staticDir: 'web/dist' }) // the web UI at /
 */
export function createApp(store: Store, options: AppOptions = {}): OpenAPIHono {
  const app = new OpenAPIHono({ defaultHook: refused });
  app.use('*', securityHeaders());
  app.use('*', hostCheck(options.hosts ?? allowedHosts('127.0.0.1')));
  app.use('*', parameterCheck());
  app.use('*', async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    c.header('Allow', 'GET, HEAD');
    return c.json(errorBody('method_not_allowed', `${c.req.method} ${clip(c.req.path)}: the API is read-only (GET, HEAD)`), 405);
  });
  for (const routes of [articleRoutes, eventRoutes, movementRoutes, checkRoutes, searchRoute, exportRoute, entityRoutes, conflictRoutes]) routes(app, store);
  let document: unknown = null;
  app.get('/openapi.json', (c) => {
    const parsed = NoQuery.safeParse(c.req.query());
    if (!parsed.success) refused({ success: false, error: parsed.error, target: 'query' }, c);
    document ??= app.getOpenAPI31Document(OPENAPI);
    return c.json(document);
  });
  if (options.staticDir !== undefined) {
    const files = serveStatic({ root: options.staticDir });
    app.use('*', (c, next) => (c.req.path.startsWith('/api/') ? next() : files(c, next)));
  } else {
    app.get('/', (c) => c.json({ name: 'annals', openapi: '/openapi.json', api: '/api/' }));
  }
  app.notFound((c) => c.json(errorBody('not_found', `no route ${clip(c.req.path)}`), 404));
  app.onError(failure);
  return app;
}
