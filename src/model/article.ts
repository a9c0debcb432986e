import { z } from 'zod';
import { SpanSchema } from './span.js';

export const ArticleFormatSchema = z.enum(['plain', 'markdown', 'wikitext']);
export type ArticleFormat = z.infer<typeof ArticleFormatSchema>;

/** A wikilink: the words in `text` and the canonical page they name. */
export const LinkSchema = z.object({ span: SpanSchema, target: z.string().min(1) });
export type Link = z.infer<typeof LinkSchema>;

/** One `- Label: value` line of the infobox; `span` covers exactly `value` in `text`. */
export const InfoboxFieldSchema = z.object({
  key: z.string().min(1),
  label: z.string().min(1),
  value: z.string(),
  span: SpanSchema,
});
export type InfoboxField = z.infer<typeof InfoboxFieldSchema>;

export const InfoboxSchema = z.object({
  kind: z.string().min(1),
  fields: z.array(InfoboxFieldSchema),
});
export type Infobox = z.infer<typeof InfoboxSchema>;

/** A heading; `span` covers the heading's words, `extent` the whole section up to the next heading of its level or above. */
export const SectionSchema = z.object({
  title: z.string(),
  level: z.number().int().min(2).max(6),
  span: SpanSchema,
  extent: SpanSchema,
  backMatter: z.boolean(),
});
export type Section = z.infer<typeof SectionSchema>;

/** Blocks of body text; only `prose` and `list` blocks yield sentences. */
export const BlockKindSchema = z.enum(['prose', 'list', 'table', 'back_matter', 'debris']);
export type BlockKind = z.infer<typeof BlockKindSchema>;

export const BlockSchema = z.object({ kind: BlockKindSchema, span: SpanSchema });
export type Block = z.infer<typeof BlockSchema>;

export const TokenSchema = z.object({ span: SpanSchema, pos: z.string() });
export type Token = z.infer<typeof TokenSchema>;

export const SentenceSchema = z.object({ span: SpanSchema, tokens: z.array(TokenSchema).optional() });
export type Sentence = z.infer<typeof SentenceSchema>;

/** An article read into the seed's layout. Every span points into `text`. */
export const ArticleSchema = z.object({
  id: z.string().regex(/^[0-9a-f]{64}$/),
  title: z.string().min(1),
  titleSpan: SpanSchema,
  format: ArticleFormatSchema,
  source: z.string(),
  text: z.string(),
  infobox: InfoboxSchema.nullable(),
  sections: z.array(SectionSchema),
  blocks: z.array(BlockSchema),
  links: z.array(LinkSchema),
  /**
   * The day a news report says it was published, from its own metadata (Markdown front matter
   * `published`, `createdAt`, or an ISO `date`), as `YYYY-MM-DD`; absent for encyclopedia articles.
   * A dateline in the text is read later, by the recognise stage.
   */
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
});
export type Article = z.infer<typeof ArticleSchema>;

/** An article after segmentation. */
export const SegmentedArticleSchema = ArticleSchema.extend({ sentences: z.array(SentenceSchema) });
export type SegmentedArticle = z.infer<typeof SegmentedArticleSchema>;
