import type { NameMention } from '../../model/index.js';
import type { MentionDraft, RecogniseContext } from '../recogniser.js';

type NameKind = NameMention['kind'];

export interface NameFields {
  kind: NameKind;
  start: number;
  end: number;
  rule: string;
  name?: string;
  role?: string | null;
  aliasOf?: string | null;
}

/**
 * A name mention draft over article-text offsets `start`..`end`; the name defaults to the words there.
 * @example nameMention(ctx, { kind: 'place', start: 812, end: 818, rule: 'names:locative' }) // "Aghabo"
 */
export function nameMention(context: RecogniseContext, fields: NameFields): MentionDraft {
  const words = context.article.text.slice(fields.start, fields.end);
  return {
    kind: fields.kind,
    span: { start: fields.start, end: fields.end },
    rule: fields.rule,
    stated: true,
    sentence: context.sentenceIndex,
    value: { name: fields.name ?? words, role: fields.role ?? null, aliasOf: fields.aliasOf ?? null },
    entity: null,
  };
}
