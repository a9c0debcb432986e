import { z } from 'zod';
import { EntityKindSchema } from '../model/schemas.js';
import { ArticleRefSchema } from './refSchemas.js';

// What the routes over a link run answer (/api/entities, /api/conflicts, an event's `linked`):
// the store's link views (src/store/linkViews.ts) as zod schemas, so /openapi.json documents them.

const isoDay = z.string().describe('YYYY-MM-DD');
const FatalityRangeSchema = z.object({ low: z.number().nullable(), best: z.number().nullable(), high: z.number().nullable() });

export const CanonicalEntitySchema = z
  .object({
    id: z.string().describe('`E` + 10 hex digits, stable while its strongest key stays'),
    kind: EntityKindSchema,
    name: z.string(),
    page: z.string().nullable().describe('the Wikipedia page its wikilinks name'),
    country: z.string().nullable().describe('ISO alpha-2'),
    geoname_id: z.number().int().nullable(),
    lat: z.number().nullable(),
    lon: z.number().nullable(),
    generic: z.boolean().describe('a bare common noun ("rebels"): never merged across articles'),
    articles: z.number().int().describe('articles that name it'),
    events: z.number().int().describe('events naming it as an actor, associated actor or place'),
    aliases: z.array(z.string()).describe('the distinct names of every member, most used first'),
  })
  .meta({ id: 'Entity' });

const MemberRefSchema = z.object({ article: ArticleRefSchema, entity_id: z.string(), name: z.string() });

export const EntityMemberSchema = MemberRefSchema.extend({
  kind: EntityKindSchema,
  rule: z.string().describe('why it belongs: `first` for the member the others joined, else the merge rule (`same-state`, `same-geonames`, `same-page`, `acronym`, `same-name`)'),
  evidence: z
    .object({ key: z.string().describe('the key both members share, e.g. `state:RU`, `acronym:FSA`'), with: MemberRefSchema.describe('the member it was matched with') })
    .nullable(),
  aliases: z.array(z.object({ text: z.string(), from: z.string().describe('what read it: `infobox:<Field>`, `prose`, `rule:<name>`') })),
}).meta({ id: 'EntityMember' });

export const EntityDetailSchema = CanonicalEntitySchema.extend({
  members: z.array(EntityMemberSchema).describe("each article's entity in it, with the rule and evidence that merged it"),
}).meta({ id: 'EntityDetail' });

export const ConflictSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    parent_id: z.string().nullable().describe('the conflict it is part of; null for a root (a war)'),
    depth: z.number().int(),
    articles: z.array(ArticleRefSchema).describe('the articles about this conflict itself'),
    events: z.number().int().describe('events of its articles and of every conflict under it'),
    date_start: isoDay.nullable(),
    date_end: isoDay.nullable(),
  })
  .meta({ id: 'Conflict' });

export const LinkedSourceSchema = z
  .object({
    uid: z.string().describe('the event in that article: the id for /api/events/{id}'),
    article: ArticleRefSchema,
    event_id: z.string(),
    event_type: z.string(),
    sub_event_type: z.string(),
    date: z.object({ start: isoDay, end: isoDay }).nullable(),
    place: z.string().nullable().describe('the place as that article names it'),
    fatalities: FatalityRangeSchema,
    notes: z.string(),
  })
  .meta({ id: 'LinkedSource' });

export const EventLinksSchema = z
  .object({
    id: z.string().describe('the linked event: `L` + 10 hex digits'),
    number_of_sources: z.number().int().describe('distinct articles describing the happening, this one included'),
    fatalities: FatalityRangeSchema.describe('across sources: the lowest low, the highest high, the lower median of the best figures'),
    best_rule: z.string(),
    conflict: z.object({ id: z.string(), name: z.string(), root: z.object({ id: z.string(), name: z.string() }) }).nullable(),
    also_described_in: z.array(LinkedSourceSchema).describe("the other articles' accounts of the same happening"),
  })
  .meta({ id: 'EventLinks', description: "the happening across articles, as the last link run saw it; an event's `linked` is null until a link run (`annals link`) has seen it" });
