import type { EventDraft } from './_draft.js';
import type { Facts } from './_facts.js';
import { absorb } from './_absorb.js';
import { standsFor } from './_sides.js';

// A row as an export shows it: its first day, its place by name and point, its actors by the side they stand for.
function key(facts: Facts, d: EventDraft): string {
  const place = facts.entity.get(d.location ?? '');
  const actor = (id: string | null, other: string | null): string => facts.entity.get(standsFor(facts, id, other) ?? '')?.name ?? '';
  return [d.event_type, d.sub_event_type, d.date?.start, place ? `${place.name}@${place.lat},${place.lon}` : '', actor(d.actor1, d.actor2), actor(d.actor2, d.actor1)].join('|');
}

/**
 * Pass 9 (one row per happening): two drafts of one article with the same type, first day, place and
 * actors are one row as an analyst reads them, whatever words told them; the first keeps both's
 * evidence and claims.
 * @example oneRowEach([takeTikrit, takeTikritAgain]) // [takeTikrit, with both clauses as evidence]
 */
export function oneRowEach(facts: Facts, drafts: readonly EventDraft[]): EventDraft[] {
  const rows = new Map<string, EventDraft>();
  for (const d of drafts) {
    const same = rows.get(key(facts, d));
    if (!same) {
      rows.set(key(facts, d), d);
      continue;
    }
    absorb(same, d);
    same.claims.push(...d.claims);
    same.civilianClaims.push(...d.civilianClaims);
    same.civilianParts.push(...d.civilianParts);
    for (const q of d.quantities) if (!same.quantities.some((x) => x.span.start === q.span.start)) same.quantities.push(q);
  }
  return [...rows.values()];
}
