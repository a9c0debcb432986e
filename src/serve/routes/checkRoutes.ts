import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { Store } from '../../store/index.js';
import { pageFrom } from '../_pages.js';
import { ChecksQuery } from '../querySchemas.js';
import { CheckItemSchema, pageOf } from '../schemas.js';
import { storedChecks } from '../storedChecks.js';
import { jsonResponses } from './_responses.js';

const list = createRoute({
  method: 'get',
  path: '/api/checks',
  summary: "Each article's infobox fields checked against its prose: agrees, contradicts or unsupported, with the deciding words",
  request: { query: ChecksQuery },
  responses: jsonResponses(pageOf(CheckItemSchema, 'CheckPage'), 'a page of checks; pass `next` as `after` for the next'),
});

/**
 * `/api/checks`.
 * @example checkRoutes(app, store) // GET /api/checks?verdict=contradicts
 */
export function checkRoutes(app: OpenAPIHono, store: Store): void {
  app.openapi(list, async (c) => {
    const { limit, ...filter } = c.req.valid('query');
    return c.json(await pageFrom(storedChecks(store, filter), limit, (check) => check.uid), 200);
  });
}
