import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { eventFilter, storedMovements } from '../../export/index.js';
import type { Store } from '../../store/index.js';
import { pageFrom } from '../_pages.js';
import { EventsQuery } from '../querySchemas.js';
import { MovementSchema, pageOf } from '../schemas.js';
import { jsonResponses } from './_responses.js';

const list = createRoute({
  method: 'get',
  path: '/api/movements',
  summary: 'Stored movements (legs in flown order), by article; the event filters that apply to movements: actor, country, from, to, bbox',
  request: { query: EventsQuery },
  responses: jsonResponses(pageOf(MovementSchema, 'MovementPage'), 'a page of movements; pass `next` as `after` for the next'),
});

/**
 * `/api/movements`.
 * @example movementRoutes(app, store) // GET /api/movements?actor=France
 */
export function movementRoutes(app: OpenAPIHono, store: Store): void {
  app.openapi(list, async (c) => {
    const { limit, after, ...fields } = c.req.valid('query');
    const page = await pageFrom(storedMovements(store, { ...eventFilter(fields), after, limit: limit + 1 }), limit, (m) => m.uid);
    return c.json(page, 200);
  });
}
