import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { Store } from '../../store/index.js';
import { ConflictSchema } from '../linkSchemas.js';
import { pageAfter } from '../_pages.js';
import { PageQuery } from '../querySchemas.js';
import { pageOf } from '../schemas.js';
import { jsonResponses } from './_responses.js';

const list = createRoute({
  method: 'get',
  path: '/api/conflicts',
  summary: "The conflict tree from infobox 'part of' fields (battles under offensives under wars), widest first: each conflict's parent, own articles, and the events and dates of everything under it",
  request: { query: PageQuery },
  responses: jsonResponses(pageOf(ConflictSchema, 'ConflictPage'), 'a page of conflicts, parents before children; `next` is the last conflict id read'),
});

/**
 * `/api/conflicts`: the tree as a list of nodes, each naming its parent. The tree is small (a node
 * per conflict), so a page is cut from the whole.
 * @example conflictRoutes(app, store) // GET /api/conflicts → { items: [{ name: 'Mali War', depth: 0, events: 29, … }, …], next: null }
 */
export function conflictRoutes(app: OpenAPIHono, store: Store): void {
  app.openapi(list, async (c) => {
    const { limit, after } = c.req.valid('query');
    return c.json(pageAfter(await store.conflicts(), limit, after, (n) => n.id, 'a conflict'), 200);
  });
}
