import { z } from 'zod';
import { ACLED_TYPES } from '../model/index.js';
import { EntityKindSchema } from '../model/schemas.js';

/** An accepted closed range `[a, b]`, a ≤ b. */
const RangeSchema = z
  .tuple([z.number(), z.number()])
  .refine(([a, b]) => a <= b, { message: 'range [a, b] needs a ≤ b' });

/** A gold number: exact, an accepted closed range, or null ("the article does not say"). */
export const GoldValueSchema = z.union([z.number(), RangeSchema]).nullable();
export type GoldValue = z.infer<typeof GoldValueSchema>;

const DaySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is YYYY-MM-DD');

/** The interval the article allows; a predicted interval matches when it lies inside. */
export const GoldDateSchema = z
  .strictObject({ start: DaySchema, end: DaySchema, precision: z.enum(['day', 'week', 'month', 'year']) })
  .refine((d) => d.start <= d.end, { message: 'date end before start' });

export const GoldLocationSchema = z.strictObject({
  name: z.string().min(1),
  country: z.string().length(2).nullable(),
  admin1: z.string().nullable(),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  tolerance_km: z.number().nonnegative(),
  precision: z.enum(['place', 'near', 'region', 'country']),
});

/** A named actor: matches a predicted entity sharing any of its names (case-insensitive). */
export const GoldActorSchema = z.strictObject({ name: z.string().min(1), aliases: z.array(z.string()) });
export type GoldActor = z.infer<typeof GoldActorSchema>;

// Every field is written out, null included: a forgotten key in a hand-made file should fail, not
// silently demand null.
export const GoldEventSchema = z.strictObject({
  id: z.string().min(1),
  required: z.boolean().default(true),
  event_type: z.string().min(1),
  sub_event_type: z.string().min(1),
  date: GoldDateSchema.nullable(),
  location: GoldLocationSchema.nullable(),
  actor1: GoldActorSchema.nullable(),
  actor2: GoldActorSchema.nullable(),
  fatalities: z.strictObject({ low: GoldValueSchema, best: GoldValueSchema, high: GoldValueSchema }),
  civilian_fatalities: GoldValueSchema,
  evidence: z.array(z.string().min(1)).min(1),
}).refine(isAcledPair, { message: 'event_type and sub_event_type are not an ACLED pair (DESIGN.md)' });
export type GoldEvent = z.infer<typeof GoldEventSchema>;

// A typo in a type ("Battle") would otherwise make every prediction wrong without saying why.
function isAcledPair(event: { event_type: string; sub_event_type: string }): boolean {
  const subTypes: readonly string[] | undefined = ACLED_TYPES[event.event_type as keyof typeof ACLED_TYPES];
  return subTypes?.includes(event.sub_event_type) ?? false;
}

/** A stop; `time` and `offset_hours` are compared only when the key is written (null included). */
export const GoldLegSchema = z.strictObject({
  place: z.string().min(1),
  role: z.enum(['origin', 'overflight', 'refuel', 'action', 'destination', 'avoided']),
  time: z.string().regex(/^\d{2}:\d{2}$/, 'a time is HH:MM').nullable().optional(),
  offset_hours: GoldValueSchema.optional(),
});
export type GoldLeg = z.infer<typeof GoldLegSchema>;

export const GoldMovementSchema = z.strictObject({
  id: z.string().min(1),
  actor: z.string().nullable(),
  vehicles: z.strictObject({ count: GoldValueSchema, kind: z.string() }).nullable(),
  date: GoldDateSchema.nullable(),
  legs: z.array(GoldLegSchema),
  avoided: z.array(z.string()).default([]),
  evidence: z.array(z.string().min(1)),
});
export type GoldMovement = z.infer<typeof GoldMovementSchema>;

export const GoldEntitySchema = z.strictObject({
  name: z.string().min(1),
  kind: EntityKindSchema,
  aliases: z.array(z.string()),
  lat: z.number().optional(),
  lon: z.number().optional(),
});
export type GoldEntity = z.infer<typeof GoldEntitySchema>;

export const GoldCheckSchema = z.strictObject({
  field: z.string().min(1),
  infobox: z.string(),
  verdict: z.enum(['agrees', 'contradicts', 'unsupported']),
  evidence: z.string().optional(),
});
export type GoldCheck = z.infer<typeof GoldCheckSchema>;

/** One `*.gold.json` file as written (fixtures/gold/FORMAT.md). */
export const GoldRecordSchema = z.strictObject({
  article: z.string().min(1),
  source: z.string().min(1),
  events: z.array(GoldEventSchema),
  movements: z.array(GoldMovementSchema),
  entities: z.array(GoldEntitySchema),
  consistency: z.array(GoldCheckSchema),
}).refine((g) => new Set(g.events.map((e) => e.id)).size === g.events.length, { message: 'two events share an id' });
export type GoldRecord = z.infer<typeof GoldRecordSchema>;

/** A gold record with where it was read from: `file` the gold file, `sourcePath` its article resolved beside it. */
export type GoldFile = GoldRecord & { file: string; sourcePath: string };
