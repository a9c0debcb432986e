import type { EventDraft } from './_draft.js';
import type { Facts } from './_facts.js';
import { absorb } from './_absorb.js';
import { datesMeet, inLead, placesMeet, sidesMeet } from './_lead.js';

/**
 * Pass 4 (the lead told again): the lead sums up what the body tells day by day ("Russian forces
 * attacked the city on 25 February, and captured it after heavy fighting by 1 March"). An event of
 * the lead joins the body's event of the same kind whose days, place and sides fit, which keeps its
 * finer fields; one the body never tells stays as the lead tells it.
 * @example foldLead(facts, drafts, null) // the lead's "captured it … by 1 March" joins the body's capture of 1 March
 */
export function foldLead(facts: Facts, drafts: EventDraft[], headline: EventDraft | null): EventDraft[] {
  const body = drafts.filter((d) => !inLead(facts, d.sentences[0] ?? -1));
  return drafts.filter((d) => {
    if (d === headline || !inLead(facts, d.sentences[0] ?? -1)) return true;
    const into = body.find((b) => sameKind(b, d) && datesMeet(b.date, d.date) && placesMeet(facts, b.location, d.location) && sidesMeet(b, d));
    if (!into) return true;
    absorb(into, d);
    return false;
  });
}

const sameKind = (a: EventDraft, b: EventDraft): boolean => a.event_type === b.event_type && (a.event_type !== 'Strategic developments' || a.sub_event_type === b.sub_event_type);
