import { z } from 'zod';
import { ActorTypeSchema, EntityKindSchema } from '../model/schemas.js';

// The references records carry to entities, places and articles: shared by the record schemas and the link schemas.

export const EntityRefSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: EntityKindSchema,
    aliases: z.array(z.string()).describe('the distinct ways the article names it'),
    actorType: ActorTypeSchema.optional().describe('the kind of actor it acts as in events (ACLED actor types), where the extractor could tell'),
  })
  .meta({ id: 'EntityRef' });

export const PlaceRefSchema = EntityRefSchema.extend({
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  country: z.string().nullable().describe('ISO alpha-2'),
  admin1: z.string().nullable(),
}).meta({ id: 'PlaceRef' });

export const ArticleRefSchema = z
  .object({ id: z.string().describe('content hash (sha256)'), title: z.string(), source: z.string().describe('the file or page it was read from') })
  .meta({ id: 'ArticleRef' });

export const EvidenceTextSchema = z.object({ start: z.number().int(), end: z.number().int(), text: z.string() }).meta({ id: 'EvidenceText' });
