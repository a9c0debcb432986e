import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { foldName } from '../../resolve/gazetteer/index.js';
import type { Store } from '../../store/index.js';
import { pageFrom } from '../_pages.js';
import { SearchQuery } from '../querySchemas.js';
import { SearchResultSchema } from '../schemas.js';
import { eventItem } from './eventRoutes.js';
import { jsonResponses } from './_responses.js';

const search = createRoute({
  method: 'get',
  path: '/api/search',
  summary: "Events whose notes or evidence hold the words (full text, English stemming), and, on the first page, articles whose title holds them",
  request: { query: SearchQuery },
  responses: jsonResponses(SearchResultSchema, 'matching events, a page at a time, and matching article titles'),
});

/**
 * `/api/search?q=`.
 * @example searchRoute(app, store) // GET /api/search?q=Rafale
 */
export function searchRoute(app: OpenAPIHono, store: Store): void {
  app.openapi(search, async (c) => {
    const { q, limit, after } = c.req.valid('query');
    const page = await pageFrom(store.events({ q, after, limit: limit + 1 }), limit, (e) => e.cursor);
    const words = foldName(q);
    const articles = after === undefined && words !== '' ? (await store.articles()).filter((a) => foldName(a.title).includes(words)) : [];
    return c.json({ q, articles, items: page.items.map(eventItem), next: page.next }, 200);
  });
}
