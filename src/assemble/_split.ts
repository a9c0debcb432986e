import type { DateMention, NameMention } from '../model/index.js';
import type { EventDraft } from './_draft.js';
import { distanceKm } from '../resolve/gazetteer/index.js';
import { entityMentions, namedAsDirection, type Facts } from './_facts.js';
import { inOtherClause } from './_actors.js';

// What may stand between two items of a list of places: "Toshkivka, Voevodivka, and Nyzhnie", "Kupiansk on
// September 9, 2022, Izium on September 10", "the villages of X and Y".
const PLACE_GAP = /^\s*(?:on\s+[^,;]{3,25}?(?:,\s*\d{4})?\s*)?(?:,\s*(?:and|or)?|\s(?:and|or))\s+(?:the\s+)?(?:(?:towns?|villages?|cities|city|settlements?)\s+(?:of\s+)?)?$/i;
// What may stand between two days of a list: "on May 20 and May 23", "on 12 and 13 March".
const TERRITORY = new Set(['capture', 'regain', 'take', 'withdraw', 'enter']);
/** How far after its trigger a list may begin, in characters. */
const LIST_REACH = 60;
const DAY_GAP = /^\s*(?:,\s*(?:and\s+)?|\s(?:and|&)\s+)(?:on\s+)?$/i;

/**
 * Pass 2b (one event per place and day, as ACLED codes them): an attack or strike whose clause lists
 * places ("launched multiple attacks on the settlements of Toshkivka, Voevodivka, and Nyzhnie") makes
 * one event at each, each on the day the list gives it ("shelled Kupiansk on 9 September, Izium on 10
 * September"); a trigger whose clause lists days ("the battle raged again on May 20 and May 23") one
 * on each day (a range, "on 12 and 13 March", is one span). Places taken are not split: analysts code
 * "recaptured the villages of Ploske, Svetilny and Hrebelky" as one event; but places taken on days the
 * list tells apart are one event each, dated by the day told after them. Every copy keeps the clause
 * as evidence and says which words placed or dated it.
 * @example splitLists(facts, attacksOnThreeSettlements).map((d) => d.location) // [Toshkivka, Voevodivka, Nyzhnie]
 */
export function splitLists(facts: Facts, draft: EventDraft): EventDraft[] {
  const clause = draft.evidence[0];
  const trigger = draft.provenance['event_type']?.span;
  if (!clause || !trigger) return [draft];
  const sentence = draft.sentences[0] ?? 0;
  // the list follows the trigger closely: "attacks on the settlements of X, Y and Z", not a clause later
  const near = entityMentions(facts, sentence, ['place']).filter((m) => m.span.start >= trigger.end && m.span.end <= clause.end && town(facts, m) && !inOtherClause(facts.article.text, 0, trigger.end, m.span.start));
  const listed = listAfter(facts, near, PLACE_GAP);
  const first = listed[0];
  const places = first && first.span.start - trigger.end <= LIST_REACH && !namedAsDirection(facts, first) ? listed : [];
  const dates = (facts.bySentence.get(sentence) ?? []).filter((m): m is DateMention => m.kind === 'date' && m.value.precision === 'day' && m.span.start >= trigger.end && m.span.end <= clause.end);
  // a list of places taken is told as one happening by analysts ("recaptured the villages of Ploske,
  // Svetilny and Hrebelky"); attacks and strikes on several places are one event at each
  if (places.length >= 2 && !TERRITORY.has(draft.family)) return places.map((p, i) => placed(facts, draft, p, dayOf(dates, p, places[i + 1])));
  // ... unless the list gives its places days of their own ("liberated Kupiansk on September 9, Izium on
  // September 10, and Velykyi Burluk and Vovchansk on September 12"): then each place is a day's event
  const toldDays = places.map((p, i) => dayOf(dates, p, places[i + 1]));
  if (new Set(toldDays.filter((d) => d !== null).map((d) => d.value.start)).size >= 2) {
    return places.map((p, i) => placed(facts, draft, p, toldDays.slice(i).find((d) => d !== null) ?? null));
  }
  const days = listAfter(facts, dates, DAY_GAP);
  if (days.length >= 2) return days.map((d) => dated(facts, draft, d));
  return [draft];
}


const town = (facts: Facts, m: NameMention): boolean => {
  const e = facts.entity.get(m.entity ?? '');
  return e !== undefined && e.precision !== 'country' && e.precision !== 3;
};

// The first run of mentions joined only by the gap's words; a place followed by a comma and the city
// it lies in ("Midan, Damascus") is one place, not two.
function listAfter<T extends { span: { start: number; end: number } }>(facts: Facts, found: readonly T[], gap: RegExp): T[] {
  const sorted = [...found].sort((a, b) => a.span.start - b.span.start);
  const run: T[] = [];
  for (const m of sorted) {
    const last = run[run.length - 1];
    const between = last ? facts.article.text.slice(last.span.end, m.span.start) : '';
    if (!last) run.push(m);
    else if (gap.test(between) && !contains(facts, between, last, m)) run.push(m);
    else if (run.length >= 2) break;
    else run.splice(0, run.length, m);
  }
  return run.length >= 2 ? run : [];
}

/** Two places this close, joined by a bare comma, are a place and the town it is part of. */
const PART_OF_KM = 15;
function contains(facts: Facts, between: string, a: { span: { start: number } }, b: { span: { start: number } }): boolean {
  if (!/^\s*,\s*$/.test(between)) return false;
  const at = (m: { span: { start: number } }) => facts.entity.get((m as NameMention).entity ?? '');
  const pa = at(a);
  const pb = at(b);
  return !!(pa && pb && pa.lat !== null && pa.lon !== null && pb.lat !== null && pb.lon !== null && distanceKm(pa.lat, pa.lon, pb.lat, pb.lon) < PART_OF_KM);
}

// The day told right after a place of the list, before the next one ("Izium on September 10").
function dayOf(dates: readonly DateMention[], place: NameMention, next: NameMention | undefined): DateMention | null {
  return dates.find((d) => d.span.start >= place.span.end && (next === undefined || d.span.end <= next.span.start) && d.span.start - place.span.end < 8) ?? null;
}

function copy(draft: EventDraft): EventDraft {
  return { ...draft, provenance: { ...draft.provenance }, inherited: new Set(draft.inherited), evidence: [...draft.evidence], sentences: [...draft.sentences], claims: [...draft.claims], civilianClaims: [...draft.civilianClaims], civilianParts: [...draft.civilianParts], quantities: [...draft.quantities] };
}

function placed(facts: Facts, draft: EventDraft, place: NameMention, day: DateMention | null): EventDraft {
  const d = day ? dated(facts, draft, day) : copy(draft);
  d.location = place.entity;
  d.inherited.delete('location');
  d.provenance['location'] = { article: facts.article.id, span: place.span, from: 'rule:split-place-list' };
  return d;
}

function dated(facts: Facts, draft: EventDraft, day: DateMention): EventDraft {
  const d = copy(draft);
  d.date = day.value;
  d.inherited.delete('date');
  d.provenance['date'] = { article: facts.article.id, span: day.span, from: 'rule:split-day-list' };
  return d;
}
