import { z } from 'zod';
import { SpanSchema } from './span.js';

/** A date interval the words allow; `end` is inclusive. A bare year is never a day. */
export const DateIntervalSchema = z.object({
  start: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  end: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  precision: z.enum(['day', 'week', 'month', 'year']),
});
export type DateInterval = z.infer<typeof DateIntervalSchema>;

/** A count with its uncertainty, following ACLED's conservative reading and UCDP's low/best/high. */
export const CountSchema = z.object({
  low: z.number().nullable(),
  best: z.number().nullable(),
  high: z.number().nullable(),
  /** How the words qualify the number: "more than sixty" → more_than, "about 50" → about, "50–150" → range. */
  qualifier: z.enum(['exact', 'more_than', 'at_least', 'fewer_than', 'up_to', 'about', 'range', 'vague']),
});
export type Count = z.infer<typeof CountSchema>;

const base = {
  /** Local id within the article, e.g. `m12`. */
  id: z.string(),
  span: SpanSchema,
  /** The recogniser that produced it (chrono's shape: one small recogniser, one name). */
  rule: z.string(),
  /** Whether every field was stated in the words, or some were implied (a year from the reference date). */
  stated: z.boolean(),
  /** Index of the sentence it lies in, or null in the infobox. */
  sentence: z.number().int().nullable(),
};

export const DateMentionSchema = z.object({
  ...base,
  kind: z.literal('date'),
  value: DateIntervalSchema,
  /**
   * What a relative expression or an implied year was counted from: `reference` (the article's
   * reference date), `previous` (the latest earlier date) or `publication` (a news report's day of
   * publication: "yesterday", "on Monday", "last week"); null for a date the words state whole.
   */
  anchor: z.string().nullable(),
});
export const TimeMentionSchema = z.object({
  ...base,
  kind: z.literal('time'),
  /** Local time as stated, `HH:MM`. */
  value: z.object({ time: z.string().regex(/^\d{2}:\d{2}$/), approximate: z.boolean() }),
});
export const DurationMentionSchema = z.object({
  ...base,
  kind: z.literal('duration'),
  value: z.object({ hours: CountSchema, approximate: z.boolean() }),
});
export const OffsetMentionSchema = z.object({
  ...base,
  kind: z.literal('offset'),
  /** "around six hours after takeoff": hours after (negative: before) the named moment. */
  value: z.object({ hours: CountSchema, from: z.string(), approximate: z.boolean() }),
});
export const QuantityMentionSchema = z.object({
  ...base,
  kind: z.literal('quantity'),
  /** `unit` is the counted noun phrase as written ("laser-guided bombs"); `head` its head noun, singular ("bomb"). */
  value: z.object({ count: CountSchema, unit: z.string(), head: z.string() }),
});
export const NameMentionSchema = z.object({
  ...base,
  kind: z.enum(['actor', 'person', 'place', 'group']),
  /**
   * The name as it stands ("French forces", "MOJWA"); a person's role as written before or beside the
   * name ("French defense minister"); and, for an acronym or long form the article defines, the other form.
   */
  value: z.object({ name: z.string(), role: z.string().nullable(), aliasOf: z.string().nullable() }),
  /** The entity it was resolved to, once resolved. */
  entity: z.string().nullable(),
});

export const MentionSchema = z.discriminatedUnion('kind', [
  DateMentionSchema,
  TimeMentionSchema,
  DurationMentionSchema,
  OffsetMentionSchema,
  QuantityMentionSchema,
  NameMentionSchema,
]);
export type Mention = z.infer<typeof MentionSchema>;
export type DateMention = z.infer<typeof DateMentionSchema>;
export type TimeMention = z.infer<typeof TimeMentionSchema>;
export type DurationMention = z.infer<typeof DurationMentionSchema>;
export type OffsetMention = z.infer<typeof OffsetMentionSchema>;
export type QuantityMention = z.infer<typeof QuantityMentionSchema>;
export type NameMention = z.infer<typeof NameMentionSchema>;
