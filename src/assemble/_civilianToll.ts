import type { Claim, Provenance } from '../model/index.js';
import type { EventDraft } from './_draft.js';
import type { Facts } from './_facts.js';

/**
 * How many of an event's dead were civilians when the toll's own words do not say: all of them when the
 * event's victims are civilians ("Russian forces crushed a civilian in the village …", one dead: one
 * civilian); else unknown (null): a toll of "16 gunmen" says nothing a coder would write as civilian
 * dead. A toll that names its civilians ("22 soldiers … and two civilians") is counted where it is read.
 * @example civilianShare(facts, draftOf('Russian forces crushed a civilian …'), counted, 1) // { count: 1, … }
 */
export function civilianShare(facts: Facts, d: EventDraft, counted: readonly Claim[], dead: number | null): { count: number; provenance: Provenance } | null {
  const first = counted[0];
  if (dead === null || !first || d.actor2 === null || facts.entity.get(d.actor2)?.kind !== 'civilians') return null;
  return { count: dead, provenance: { article: facts.article.id, span: d.provenance['actor2']?.span ?? first.span, from: 'rule:civilian-victims-toll' } };
}
