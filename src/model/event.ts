import { z } from 'zod';
import { ACLED_TYPES } from './acledTypes.js';
import { GeoPrecisionSchema } from './entity.js';
import { CountSchema, DateIntervalSchema } from './mention.js';
import { ProvenanceSchema, SpanSchema } from './span.js';

export const EventTypeSchema = z.enum(Object.keys(ACLED_TYPES) as [keyof typeof ACLED_TYPES, ...(keyof typeof ACLED_TYPES)[]]);
export type EventType = z.infer<typeof EventTypeSchema>;

/** A fatality figure as someone gave it. */
export const ClaimSchema = z.object({
  figure: CountSchema,
  /** Who gave it, as the article says ("residents", "a regional security source"), or null when the article itself states it. */
  by: z.string().nullable(),
  span: SpanSchema,
  /** Why the figure is kept as a claim only, not counted in the toll (for review): "over 2000 a day for a 1-day event". */
  review: z.string().optional(),
});
export type Claim = z.infer<typeof ClaimSchema>;

export const EventSchema = z.object({
  id: z.string(),
  event_type: EventTypeSchema,
  sub_event_type: z.string(),
  /** Entity ids. */
  actor1: z.string().nullable(),
  actor2: z.string().nullable(),
  assoc_actors: z.array(z.string()),
  location: z.string().nullable(),
  geo_precision: GeoPrecisionSchema.nullable(),
  date: DateIntervalSchema.nullable(),
  time: z.string().nullable(),
  fatalities: z.object({ low: z.number().nullable(), best: z.number().nullable(), high: z.number().nullable() }),
  civilian_fatalities: z.number().nullable(),
  status: z.enum(['reported', 'claimed', 'disputed', 'denied']),
  claims: z.array(ClaimSchema),
  quantities: z.array(z.object({ count: z.number(), unit: z.string(), span: SpanSchema })),
  notes: z.string(),
  evidence: z.array(SpanSchema),
  /** Where each field came from: field name → provenance. */
  provenance: z.record(z.string(), ProvenanceSchema),
  confidence: z.number().min(0).max(1),
});
export type Event = z.infer<typeof EventSchema>;

export const LegRoleSchema = z.enum(['origin', 'overflight', 'refuel', 'action', 'destination']);

export const MovementSchema = z.object({
  id: z.string(),
  actor: z.string().nullable(),
  vehicles: z.object({ count: z.number().nullable(), kind: z.string() }).nullable(),
  date: DateIntervalSchema.nullable(),
  legs: z.array(
    z.object({
      /** Place entity id. */
      place: z.string(),
      role: LegRoleSchema,
      /** Local time as stated, `HH:MM`. */
      time: z.string().nullable(),
      offset_hours: CountSchema.nullable(),
      span: SpanSchema,
    }),
  ),
  avoided: z.array(z.string()),
  evidence: z.array(SpanSchema),
});
export type Movement = z.infer<typeof MovementSchema>;

export const CheckSchema = z.object({
  /** The infobox field's label as the article writes it ("Casualties2"). */
  field: z.string(),
  infobox: z.string(),
  verdict: z.enum(['agrees', 'contradicts', 'unsupported']),
  /** The prose that decided it; null when unsupported. */
  evidence: SpanSchema.nullable(),
  /** Why, in a few words ("60+ agrees with 'more than sixty'"). */
  reason: z.string(),
});
export type Check = z.infer<typeof CheckSchema>;
