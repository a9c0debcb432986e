import type { EventDraft } from './_draft.js';
import { sentenceText, type Facts } from './_facts.js';

// A subject that points back at an actor already named: "they captured", "the group launched", "it claimed".
const BACK_SUBJECT = /(?:^|[,;:]\s*|\band\s+|\bthen\s+)(they|the group|the militants|the insurgents|the rebels|the organi[sz]ation)\s+(?:(?:\w+ly|also|then|later|again|reportedly|allegedly)\s+)*$/i;

/**
 * "they reportedly captured parts of the town", "The group also bombed a police station": a pronoun
 * or "the group" as the subject of the trigger stands for who acted in the paragraph's latest event
 * that named its actor; the pronoun's words are the provenance.
 * @example resolveBackSubject(facts, draft, earlierDrafts) // actor1 ← ISIL, from "the group"
 */
export function resolveBackSubject(facts: Facts, draft: EventDraft, earlier: readonly EventDraft[]): void {
  if (draft.actor1 !== null) return;
  const sentence = draft.sentences[0] ?? 0;
  const start = facts.article.sentences[sentence]?.span.start ?? 0;
  const trigger = draft.subjectAt;
  if (trigger === undefined) return;
  const before = sentenceText(facts, sentence).slice(0, trigger - start);
  const match = BACK_SUBJECT.exec(before);
  if (!match?.[1]) return;
  const block = facts.blockOf[sentence];
  const antecedent = [...earlier].reverse().find((d) => d.actor1 !== null && !d.inherited.has('actor1') && facts.blockOf[d.sentences[0] ?? -1] === block);
  if (!antecedent?.actor1) return;
  const at = start + before.lastIndexOf(match[1]);
  draft.actor1 = antecedent.actor1;
  draft.provenance['actor1'] = { article: facts.article.id, span: { start: at, end: at + match[1].length }, from: 'rule:back-reference' };
}
