// The zod schemas of the JSON contract (DESIGN.md), for what validates records or describes them:
// the store's check before saving, the API's OpenAPI document, gold files. Apart from the model's
// index, which exports their types alone: zod is ~95 modules, ~0.1 s of a cold start that extracts
// (or lists, or exports) and validates nothing with it.
export { SpanSchema, ProvenanceSchema } from './span.js';
export { ArticleFormatSchema, LinkSchema, InfoboxFieldSchema, InfoboxSchema, SectionSchema, BlockKindSchema, BlockSchema, TokenSchema, SentenceSchema, ArticleSchema, SegmentedArticleSchema } from './article.js';
export { ExtractionSchema } from './extraction.js';
export { DateIntervalSchema, CountSchema, DateMentionSchema, TimeMentionSchema, DurationMentionSchema, OffsetMentionSchema, QuantityMentionSchema, NameMentionSchema, MentionSchema } from './mention.js';
export { EntityKindSchema, AliasSchema, GeoPrecisionSchema, ActorTypeSchema, EntitySchema } from './entity.js';
export { EventTypeSchema, ClaimSchema, EventSchema, LegRoleSchema, MovementSchema, CheckSchema } from './event.js';
