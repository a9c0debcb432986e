import { z } from 'zod';
import { SpanSchema } from './span.js';

export const EntityKindSchema = z.enum(['state', 'armed_group', 'military_unit', 'person', 'civilians', 'place', 'equipment']);
export type EntityKind = z.infer<typeof EntityKindSchema>;

/** One way the article names an entity, with the words and what read them. */
export const AliasSchema = z.object({
  text: z.string(),
  span: SpanSchema,
  /** `infobox:<Label>`, `prose`, or `rule:<name>`. */
  from: z.string(),
});
export type Alias = z.infer<typeof AliasSchema>;

/**
 * Geographic precision, ACLED-style: 1 the place itself, 2 near it or part of it, 3 only its region
 * or province; `country` when only the country is known.
 */
export const GeoPrecisionSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal('country')]);
export type GeoPrecision = z.infer<typeof GeoPrecisionSchema>;

/**
 * What kind of actor an armed group or person acts as, in ACLED's actor types: rebels fight a state
 * (2), political militias serve one (3), identity militias defend a community (4), external forces are
 * foreign missions and hired forces (8); set by assemble from the article's sides and names.
 */
export const ActorTypeSchema = z.enum(['state_forces', 'rebels', 'political_militia', 'identity_militia', 'rioters', 'protesters', 'civilians', 'external']);
export type ActorType = z.infer<typeof ActorTypeSchema>;

export const EntitySchema = z.object({
  id: z.string(),
  kind: EntityKindSchema,
  name: z.string(),
  aliases: z.array(AliasSchema),
  /** The canonical Wikipedia page, where a wikilink named it. */
  page: z.string().nullable(),
  /** For persons: the role the article gives ("defense minister"), and the entity they serve. */
  role: z.string().nullable(),
  affiliation: z.string().nullable(),
  /** For places. */
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  country: z.string().length(2).nullable(),
  admin1: z.string().nullable(),
  geonameId: z.number().int().nullable(),
  precision: GeoPrecisionSchema.nullable(),
  /** For places: whether a gazetteer layer placed it; unresolved places are kept, never dropped. */
  resolved: z.boolean(),
  /** For armed groups and persons that act in events: the kind of actor (`ActorTypeSchema`). */
  actorType: ActorTypeSchema.optional(),
});
export type Entity = z.infer<typeof EntitySchema>;
