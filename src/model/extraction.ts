import { z } from 'zod';
import { ArticleFormatSchema, InfoboxSchema } from './article.js';
import { EntitySchema } from './entity.js';
import { CheckSchema, EventSchema, MovementSchema } from './event.js';
import { MentionSchema } from './mention.js';
import { SpanSchema } from './span.js';

/** One line of `annals extract --json`: the fields of DESIGN.md's JSON contract that exist so far. */
export const ExtractionSchema = z.object({
  id: z.string(),
  title: z.string(),
  format: ArticleFormatSchema,
  source: z.string(),
  text: z.string(),
  infobox: InfoboxSchema.nullable(),
  sections: z.array(z.object({ title: z.string(), level: z.number().int(), span: SpanSchema })),
  sentences: z.array(z.object({ span: SpanSchema })),
  mentions: z.array(MentionSchema),
  entities: z.array(EntitySchema),
  events: z.array(EventSchema),
  movements: z.array(MovementSchema),
  checks: z.array(CheckSchema),
});
export type Extraction = z.infer<typeof ExtractionSchema>;
