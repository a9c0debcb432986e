import type { EventDraft } from './_draft.js';

/**
 * One happening told twice becomes one draft: `into` keeps its fields and takes the other's evidence,
 * sentences and whatever sides, place or time it lacks; a date it only inherited gives way to one the
 * other's own words state.
 * @example absorb(gaoFromBody, gaoFromLead) // gaoFromBody.evidence has both clauses
 */
export function absorb(into: EventDraft, from: EventDraft): void {
  into.evidence.push(...from.evidence.filter((e) => !into.evidence.some((x) => x.start === e.start && x.end === e.end)));
  for (const s of from.sentences) if (!into.sentences.includes(s)) into.sentences.push(s);
  for (const field of ['actor1', 'actor2', 'location', 'time'] as const) {
    if (into[field] !== null || from[field] === null) continue;
    into[field] = from[field];
    const p = from.provenance[field];
    if (p) into.provenance[field] = p;
    if (from.inherited.has(field)) into.inherited.add(field);
  }
  if (from.date && (into.date === null || (into.inherited.has('date') && !from.inherited.has('date')))) {
    into.date = from.date;
    if (from.inherited.has('date')) into.inherited.add('date');
    else into.inherited.delete('date');
    const p = from.provenance['date'];
    if (p) into.provenance['date'] = p;
  }
}
