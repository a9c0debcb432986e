import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { Store } from '../../store/index.js';
import { ApiError } from '../apiError.js';
import { CanonicalEntitySchema, EntityDetailSchema } from '../linkSchemas.js';
import { pageFrom } from '../_pages.js';
import { EntitiesQuery, EntityIdParams, NoQuery, PageQuery } from '../querySchemas.js';
import { EventItemSchema, pageOf } from '../schemas.js';
import { eventItem } from './eventRoutes.js';
import { jsonResponses } from './_responses.js';

const list = createRoute({
  method: 'get',
  path: '/api/entities',
  summary: 'Canonical entities across articles (a link run makes them) with article and event counts, most widely named first',
  request: { query: EntitiesQuery },
  responses: jsonResponses(pageOf(CanonicalEntitySchema, 'EntityPage'), 'a page of entities; `next` is the last entity id read'),
});

const one = createRoute({
  method: 'get',
  path: '/api/entities/{id}',
  summary: "One canonical entity: each article's entity in it (its articles), the merge rule and shared key that put it there, and its aliases with what read them",
  request: { params: EntityIdParams, query: NoQuery },
  responses: jsonResponses(EntityDetailSchema, 'the entity', true),
});

const events = createRoute({
  method: 'get',
  path: '/api/entities/{id}/events',
  summary: "The events naming a canonical entity (any member) as an actor, associated actor or place, with their places, in reading order",
  request: { params: EntityIdParams, query: PageQuery },
  responses: jsonResponses(pageOf(EventItemSchema, 'EntityEventPage'), 'a page of events; pass `next` as `after` for the next', true),
});

async function entityOf(store: Store, id: string) {
  const entity = await store.entity(id);
  if (!entity) throw new ApiError('not_found', `no canonical entity ${id} (is the store linked? annals link)`);
  return entity;
}

/**
 * `/api/entities`, `/api/entities/{id}` and `/api/entities/{id}/events`.
 * @example entityRoutes(app, store) // GET /api/entities?kind=armed_group&q=oneness
 */
export function entityRoutes(app: OpenAPIHono, store: Store): void {
  app.openapi(list, async (c) => {
    const { limit, after, named, ...filter } = c.req.valid('query');
    // one past the page says whether another follows
    const found = await store.entities({ ...filter, named: named === 'true', after, limit: limit + 1 });
    const items = found.slice(0, limit);
    return c.json({ items, next: found.length > limit ? (items.at(-1)?.id ?? null) : null }, 200);
  });
  app.openapi(one, async (c) => c.json(await entityOf(store, c.req.valid('param').id), 200));
  app.openapi(events, async (c) => {
    const { id } = await entityOf(store, c.req.valid('param').id);
    const { limit, after } = c.req.valid('query');
    const page = await pageFrom(store.events({ entity: id, after, limit: limit + 1 }), limit, (e) => e.cursor);
    return c.json({ items: page.items.map(eventItem), next: page.next }, 200);
  });
}
