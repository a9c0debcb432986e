import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { Store } from '../../store/index.js';
import { ApiError } from '../apiError.js';
import { pageAfter } from '../_pages.js';
import { ArticleIdParams, NoQuery, PageQuery } from '../querySchemas.js';
import { ArticleSchema, ArticleSummarySchema, pageOf } from '../schemas.js';
import { jsonResponses } from './_responses.js';

const list = createRoute({
  method: 'get',
  path: '/api/articles',
  summary: 'Stored articles with their record counts, by title',
  request: { query: PageQuery },
  responses: jsonResponses(pageOf(ArticleSummarySchema, 'ArticlePage'), 'a page of articles; `after` is the last article id read'),
});

const one = createRoute({
  method: 'get',
  path: '/api/articles/{id}',
  summary: 'One article as saved: text, infobox, sections, sentences, mentions, entities, events, movements, checks',
  request: { params: ArticleIdParams, query: NoQuery },
  responses: jsonResponses(ArticleSchema, 'the article', true),
});

/**
 * `/api/articles` and `/api/articles/{id}`.
 * @example articleRoutes(app, store) // GET /api/articles?limit=20
 */
export function articleRoutes(app: OpenAPIHono, store: Store): void {
  app.openapi(list, async (c) => {
    const { limit, after } = c.req.valid('query');
    return c.json(pageAfter(await store.articles(), limit, after, (a) => a.id, 'a stored article'), 200);
  });
  app.openapi(one, async (c) => {
    const { id } = c.req.valid('param');
    const article = await store.article(id);
    if (!article) throw new ApiError('not_found', `no stored article ${id}`);
    return c.json(article, 200);
  });
}
