import type { EventDraft } from './_draft.js';

const compatible = (a: string | null, b: string | null): boolean => a === null || b === null || a === b;

// One happening is one day or two: a draft dated only to a month or a campaign's span (often inherited)
// would swallow every event of the place; it stays apart.
const ONE_EVENT_DAYS = 2;
const short = (d: EventDraft['date']): boolean => d !== null && (Date.parse(d.end) - Date.parse(d.start)) / 86_400_000 < ONE_EVENT_DAYS;

function overlaps(a: EventDraft, b: EventDraft): boolean {
  if (!a.date || !b.date) return !a.date && !b.date;
  return short(a.date) && short(b.date) && a.date.start <= b.date.end && b.date.start <= a.date.end;
}

/**
 * Whether two drafts report one happening: the same ACLED type, the same place, overlapping dates and
 * actors that do not disagree. Distinct places on one day stay distinct events.
 */
/** What merging asks of the article: whether an actor is civilians, a draft opens another happening, a draft's blow hit civilians. */
export interface MergeJudge {
  isCivilians: (id: string | null) => boolean;
  opensAnother: (d: EventDraft) => boolean;
  hitsCivilians: (d: EventDraft) => boolean;
}

function sameEvent(a: EventDraft, b: EventDraft, { isCivilians, hitsCivilians }: MergeJudge): boolean {
  return (
    a.event_type === b.event_type &&
    weaponsAgree(a, b) &&
    !takenAndHeld(a, b) &&
    a.location !== null &&
    a.location === b.location &&
    overlaps(a, b) &&
    compatible(a.actor1, b.actor1) &&
    (compatible(a.actor2, b.actor2) || sameStrikeOtherVictims(a, b, isCivilians)) &&
    // "During the battle, Russian forces reportedly fired at a hospital … killing four people": a blow at civilians
    // told beside the fighting is a happening of its own (ACLED codes it against civilians). Asked last: it reads
    // the sentence again, the checks above only fields.
    (a.event_type !== 'Battles' || hitsCivilians(a) === hitsCivilians(b))
  );
}

// "IS … recaptured the grain silos … However, the rebels repelled the attack on the town": ground taken and an
// attack repelled are two happenings, whatever day and place they share
const TAKEN = new Set(['Government regains territory', 'Non-state actor overtakes territory', 'Non-violent transfer of territory']);
const HELD = new Set(['repel', 'defend']);
const takenAndHeld = (a: EventDraft, b: EventDraft): boolean => (TAKEN.has(a.sub_event_type) && HELD.has(b.family)) || (TAKEN.has(b.sub_event_type) && HELD.has(a.family));

// A drone strike and an artillery barrage at one place on one day are two happenings; a strike whose words
// name no weapon may be either.
const weaponsAgree = (a: EventDraft, b: EventDraft): boolean => a.weapon === null || b.weapon === null || a.weapon === b.weapon;

// "an airstrike targeting ISIL fighters" and "a bombing that killed 278 civilians" on the same day, place
// and attacker: one strike, told once by its target and once by its victims. ACLED codes the side it was
// aimed at as actor2 and the civilians among its dead (`mergeDrafts` keeps the armed target).
function sameStrikeOtherVictims(a: EventDraft, b: EventDraft, isCivilians: (id: string | null) => boolean): boolean {
  const oneDay = a.date?.precision === 'day' && b.date?.precision === 'day' && a.date.start === b.date.start;
  return oneDay && a.actor1 !== null && a.actor1 === b.actor1 && a.sub_event_type === b.sub_event_type && (isCivilians(a.actor2) || isCivilians(b.actor2));
}

/**
 * Merges drafts of one happening into the first, which keeps every evidence span and takes the
 * fields the first lacks.
 * @example mergeDrafts([gaoFromLead, gaoFromBombardment, aghabo], judge) // [gao (2 evidence spans), aghabo]
 */
export function mergeDrafts(drafts: readonly EventDraft[], judge: MergeJudge): EventDraft[] {
  const { isCivilians, opensAnother } = judge;
  const merged: EventDraft[] = [];
  for (const draft of drafts) {
    // ("Later, clashes broke out near Resafa" after "captured the last two villages on the road to Resafa")
    const into = opensAnother(draft) ? undefined : merged.find((m) => sameEvent(m, draft, judge));
    if (!into) {
      merged.push(draft);
      continue;
    }
    into.evidence.push(...draft.evidence);
    into.sentences.push(...draft.sentences);
    for (const field of ['actor1', 'actor2', 'time'] as const) {
      if ((into[field] === null && draft[field] !== null) || (field === 'actor2' && isCivilians(into.actor2) && draft.actor2 !== null && !isCivilians(draft.actor2))) {
        into[field] = draft[field];
        const p = draft.provenance[field];
        if (p) into.provenance[field] = p;
      }
    }
    if (into.inherited.has('date') && !draft.inherited.has('date') && draft.date) {
      into.date = draft.date;
      into.inherited.delete('date');
      const p = draft.provenance['date'];
      if (p) into.provenance['date'] = p;
    }
  }
  return merged;
}
