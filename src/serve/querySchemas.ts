import { z } from 'zod';
import { EXPORT_FORMATS, FILTER_FIELDS } from '../export/index.js';
import { EntityKindSchema } from '../model/schemas.js';

/** Items per page unless `limit` says otherwise, and the most a page holds. */
export const DEFAULT_PAGE = 100;
export const MAX_PAGE = 1000;

const page = {
  limit: z.coerce.number().int().min(1).max(MAX_PAGE).default(DEFAULT_PAGE).describe(`items per page, 1–${MAX_PAGE}`),
  after: z.string().min(1).max(300).optional().describe('the `next` of the previous page'),
};

const HEX64 = /^[0-9a-f]{64}$/;

export const ArticleIdParams = z.strictObject({ id: z.string().regex(HEX64, 'not an article id (64 hex digits)').describe('the content hash') });

// `<content hash>-<local id>`: what events, movements and checks are named by outside their article.
export const RecordIdParams = z.strictObject({
  id: z.string().regex(/^[0-9a-f]{64}-[A-Za-z0-9_]{1,40}$/, 'not an event id (<article id>-<event id>)').describe('`<article content hash>-<event id>`, the `uid` of a listed event'),
});

// `E` + 10 hex digits; or an article's entity, `<content hash>-<local id>`, standing for the canonical entity it is in.
export const EntityIdParams = z.strictObject({
  id: z
    .string()
    .regex(/^(?:E[0-9a-f]{10}|[0-9a-f]{64}-[A-Za-z0-9_]{1,40})$/, 'not an entity id (E + 10 hex digits, or <article id>-<entity id>)')
    .describe("a canonical entity's id, or `<article content hash>-<entity id>` for the one an article's entity belongs to"),
});

export const NoQuery = z.strictObject({});

export const PageQuery = z.strictObject(page);

export const EventsQuery = z.strictObject({ ...FILTER_FIELDS, ...page });

export const EntitiesQuery = z.strictObject({
  kind: EntityKindSchema.optional(),
  q: z.string().trim().min(1, 'no words to look for').max(500).optional().describe('words in the name or any alias (case, accents and punctuation ignored)'),
  named: z.enum(['true', 'false']).optional().describe('`true` leaves out bare common nouns ("rebels"), which are never merged'),
  ...page,
});

export const ChecksQuery = z.strictObject({
  verdict: z.enum(['agrees', 'contradicts', 'unsupported']).optional(),
  article: z.string().regex(HEX64, 'not an article id (64 hex digits)').optional().describe("one article's checks"),
  ...page,
});

export const SearchQuery = z.strictObject({
  q: z.string().trim().min(1, 'no words to search for').max(500).describe('words (web-search syntax) in event notes and evidence, or in article titles'),
  ...page,
});

export const ExportParams = z.strictObject({ format: z.enum(EXPORT_FORMATS) });

export const ExportQuery = z.strictObject({
  ...FILTER_FIELDS,
  limit: z.coerce.number().int().min(0).optional().describe('at most this many events (and, in GeoJSON, movements)'),
});
