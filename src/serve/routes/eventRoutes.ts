import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { eventFilter, eventRecord, eventUid } from '../../export/index.js';
import type { EventRecord, Store } from '../../store/index.js';
import { ApiError } from '../apiError.js';
import { eventLinks } from '../eventLinks.js';
import { pageFrom } from '../_pages.js';
import { EventsQuery, NoQuery, RecordIdParams } from '../querySchemas.js';
import { EventDetailSchema, EventItemSchema, pageOf } from '../schemas.js';
import { jsonResponses } from './_responses.js';

const list = createRoute({
  method: 'get',
  path: '/api/events',
  summary: 'Stored events a filter selects, by date (undated last), in pages read by cursor',
  request: { query: EventsQuery },
  responses: jsonResponses(pageOf(EventItemSchema, 'EventPage'), 'a page of events; pass `next` as `after` for the next'),
});

const one = createRoute({
  method: 'get',
  path: '/api/events/{id}',
  summary: "One event with its actors, place, the words of its evidence, and the other articles that describe the same happening (after a link run)",
  request: { params: RecordIdParams, query: NoQuery },
  responses: jsonResponses(EventDetailSchema, 'the event', true),
});

/**
 * A stored event as the API lists it: with its global id.
 * @example eventItem(gaoStrike).uid === 'e5d55e2a…-v1'
 */
export const eventItem = (event: EventRecord): EventRecord & { uid: string } => ({ uid: eventUid(event), ...event });

/**
 * `/api/events` and `/api/events/{id}`.
 * @example eventRoutes(app, store) // GET /api/events?actor=MOJWA&from=2013-01-01&limit=50
 */
export function eventRoutes(app: OpenAPIHono, store: Store): void {
  app.openapi(list, async (c) => {
    const { limit, after, ...fields } = c.req.valid('query');
    const page = await pageFrom(store.events({ ...eventFilter(fields), after, limit: limit + 1 }), limit, (e) => e.cursor);
    return c.json({ items: page.items.map(eventItem), next: page.next }, 200);
  });
  app.openapi(one, async (c) => {
    const { id } = c.req.valid('param');
    const split = id.indexOf('-');
    const [articleId, eventId] = [id.slice(0, split), id.slice(split + 1)];
    const article = await store.article(articleId);
    const event = article?.events.find((e) => e.id === eventId);
    if (!article || !event) throw new ApiError('not_found', `no stored event ${id}`);
    const record = eventRecord(article, event);
    return c.json({ uid: eventUid(record), ...record, linked: await eventLinks(store, id) }, 200);
  });
}
