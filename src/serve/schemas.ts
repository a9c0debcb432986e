import { z } from 'zod';
import { CheckSchema, CountSchema, DateIntervalSchema, EventSchema, ExtractionSchema, LegRoleSchema, SpanSchema } from '../model/schemas.js';
import { EventLinksSchema } from './linkSchemas.js';
import { ArticleRefSchema, EntityRefSchema, EvidenceTextSchema, PlaceRefSchema } from './refSchemas.js';

/** A stored event: the store's record with entities expanded and the words of its evidence. */
export const EventRecordSchema = EventSchema.omit({ actor1: true, actor2: true, assoc_actors: true, location: true, evidence: true })
  .extend({
    uid: z.string().describe('`<article content hash>-<event id>`: the id for /api/events/{id}'),
    actor1: z.union([PlaceRefSchema, EntityRefSchema]).nullable(),
    actor2: z.union([PlaceRefSchema, EntityRefSchema]).nullable(),
    assoc_actors: z.array(z.union([PlaceRefSchema, EntityRefSchema])),
    location: PlaceRefSchema.nullable(),
    evidence: z.array(EvidenceTextSchema),
    article: ArticleRefSchema,
  })
  .meta({ id: 'EventRecord' });

/** An event as `/api/events/{id}` gives it: with what the link run knows of other articles' accounts. */
export const EventDetailSchema = EventRecordSchema.extend({
  // null until a link run (`annals link`) has seen the event
  linked: EventLinksSchema.nullable(),
}).meta({ id: 'EventDetail' });

/** An event in a list: with the cursor to read on after it. */
export const EventItemSchema = EventRecordSchema.extend({ cursor: z.string().describe('pass as `after` to read on') }).meta({ id: 'EventItem' });

export const ArticleSummarySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    source: z.string(),
    format: z.enum(['plain', 'markdown', 'wikitext']),
    stored_at: z.string().describe('ISO 8601'),
    events: z.number().int(),
    entities: z.number().int(),
    movements: z.number().int(),
  })
  .meta({ id: 'ArticleSummary' });

export const ArticleSchema = ExtractionSchema.meta({ id: 'Article', description: 'the article as it was saved: text, infobox, sections, sentences, mentions, entities, events, movements, checks' });

export const MovementSchema = z
  .object({
    uid: z.string().describe('`<article content hash>-<movement id>`'),
    id: z.string(),
    actor: z.union([PlaceRefSchema, EntityRefSchema]).nullable(),
    vehicles: z.object({ count: z.number().nullable(), kind: z.string() }).nullable(),
    date: DateIntervalSchema.nullable(),
    legs: z.array(z.object({ place: PlaceRefSchema, role: LegRoleSchema, time: z.string().nullable(), offset_hours: CountSchema.nullable(), span: SpanSchema, text: z.string() })),
    avoided: z.array(PlaceRefSchema),
    evidence: z.array(EvidenceTextSchema),
    article: ArticleRefSchema,
  })
  .meta({ id: 'Movement' });

export const CheckItemSchema = CheckSchema.extend({
  uid: z.string().describe('`<article content hash>-c<n>`, n from 1 in the article'),
  evidence_text: z.string().nullable().describe('the words of `evidence`'),
  article: ArticleRefSchema,
}).meta({ id: 'Check' });

/**
 * A page of a list: its items, and the `after` value for the next page (null on the last).
 * @example pageOf(EventItemSchema) // { items: EventItem[], next: string | null }
 */
export function pageOf<T extends z.ZodType>(item: T, name: string) {
  return z.object({ items: z.array(item), next: z.string().nullable().describe('pass as `after` for the next page; null on the last') }).meta({ id: name });
}

export const SearchResultSchema = pageOf(EventItemSchema, 'SearchResult')
  .extend({ q: z.string(), articles: z.array(ArticleSummarySchema).describe('articles whose title holds the words') })
  .meta({ id: 'SearchResult' });
