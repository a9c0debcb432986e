import { z } from 'zod';

/** A half-open range of UTF-16 code units in an article's `text`. */
export const SpanSchema = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .refine((s) => s.end >= s.start, { message: 'span end before start' });
export type Span = z.infer<typeof SpanSchema>;

/**
 * Where a value came from: the words it was read from, and the rule or infobox field that read it.
 * `from` is `infobox:<Label>`, `prose`, or `rule:<name>`.
 */
export const ProvenanceSchema = z.object({
  article: z.string(),
  span: SpanSchema,
  from: z.string().regex(/^(infobox:.+|prose|rule:.+)$/),
});
export type Provenance = z.infer<typeof ProvenanceSchema>;
