import type { Entity, Event, Movement, NameMention, OffsetMention, QuantityMention, TimeMention } from '../model/index.js';
import type { ResolvedArticle } from '../resolve/index.js';
import { entityMentions, factsOf, sentenceText, type Facts } from './_facts.js';
import { journeyIn } from './_journeys.js';
import { routeOrder } from './_route.js';

type Leg = Movement['legs'][number];

// "four Rafale fighter jets took off from Saint-Dizier", "the convoy departed from Aleppo"
const DEPART = /\b(?:took off|take off|taking off|departed|left|set off|flew out)\s+from\b/i;
// "flew over Morocco and Mauritania", "overflew"
const OVERFLY = /\b(?:flew|flying|passed|passing)\s+over\b|\boverfl(?:ew|ying)\b/i;
// "refueled three times …; once over Spain, once over Mauritania and again near the … border"
const REFUEL = /\brefuel(?:l?ed|l?ing)?\b/i;
// "landing at the N'Djamena airbase", "landed in", "arrived at"
const ARRIVE = /\b(?:landing|landed|arrived|arriving|returned|returning)\s+(?:at|in|to)\b/i;
// "to avoid Algerian airspace"
const AVOID = /\bto avoid\b/i;

/**
 * Movements from a resolved article: a departure opens one (its vehicles from the count before the
 * verb); the section's later sentences add overflights, refuelling stops, the action (the event a
 * stated offset from take-off dates, "around six hours after takeoff") and the landing with its stated
 * time; "to avoid X" lists an avoided place.
 * @example assembleMovements(seed, events)[0].legs.map((l) => l.role) // ['origin', 'refuel', 'overflight', …, 'destination']
 */
export function assembleMovements(article: ResolvedArticle, events: readonly Event[], entities: readonly Entity[]): Movement[] {
  const facts = factsOf({ ...article, entities: [...entities] });
  const movements: Movement[] = [];
  const covered = new Set<number>();
  article.sentences.forEach((_s, i) => {
    const text = sentenceText(facts, i);
    const depart = DEPART.exec(text);
    if (!depart) return;
    covered.add(i);
    const start = facts.article.sentences[i]?.span.start ?? 0;
    const places = entityMentions(facts, i, ['place']);
    const origin = places.find((p) => p.span.start > start + depart.index);
    if (!origin?.entity) return;
    const vehicles = (facts.bySentence.get(i) ?? []).find((m): m is QuantityMention => m.kind === 'quantity' && m.span.end <= start + depart.index);
    const movement: Movement = {
      id: `m${movements.length + 1}`,
      actor: null,
      vehicles: vehicles ? { count: vehicles.value.count.best, kind: vehicles.value.unit } : null,
      date: null,
      legs: [{ place: origin.entity, role: 'origin', time: null, offset_hours: null, span: origin.span }],
      avoided: [],
      evidence: [facts.article.sentences[i]?.span ?? origin.span],
    };
    followRoute(facts, movement, i, events);
    movement.legs = routeOrder(facts, movement.legs);
    for (const ev of movement.evidence) facts.article.sentences.forEach((s, j) => s.span.start === ev.start && covered.add(j));
    movements.push(movement);
  });
  article.sentences.forEach((_s, i) => {
    if (covered.has(i)) return;
    const journey = journeyIn(facts, i, `m${movements.length + 1}`);
    if (journey) movements.push(journey);
  });
  return movements;
}

function followRoute(facts: Facts, movement: Movement, from: number, events: readonly Event[]): void {
  const section = facts.sectionOf[from];
  for (let i = from; i < facts.article.sentences.length && facts.sectionOf[i] === section; i++) {
    const text = sentenceText(facts, i);
    const start = facts.article.sentences[i]?.span.start ?? 0;
    const places = entityMentions(facts, i, ['place']);
    const after = (pattern: RegExp): NameMention[] => {
      const m = pattern.exec(text);
      if (!m) return [];
      // a route clause ends where "to avoid …" begins
      const end = pattern === AVOID ? undefined : AVOID.exec(text.slice(m.index))?.index;
      const limit = end === undefined ? Infinity : start + m.index + end;
      return places.filter((p) => p.span.start > start + m.index && p.span.start < limit);
    };
    const before = movement.legs.length;
    for (const p of i === from ? [] : after(DEPART)) addLeg(movement, p, 'origin');
    for (const p of after(OVERFLY)) addLeg(movement, p, 'overflight');
    for (const p of after(REFUEL)) addLeg(movement, p, 'refuel');
    for (const p of after(AVOID)) if (p.entity && !movement.avoided.includes(p.entity)) movement.avoided.push(p.entity);
    addAction(facts, movement, i, events);
    const arrival = after(ARRIVE)[0];
    if (arrival) {
      const time = (facts.bySentence.get(i) ?? []).find((m): m is TimeMention => m.kind === 'time');
      addLeg(movement, arrival, 'destination', time?.value.time ?? null);
    }
    if (movement.legs.length > before || AVOID.test(text)) movement.evidence.push(facts.article.sentences[i]?.span ?? { start, end: start });
  }
}

function addLeg(movement: Movement, place: NameMention, role: Leg['role'], time: string | null = null): void {
  if (!place.entity || movement.legs.some((l) => l.place === place.entity && l.role === role)) return;
  movement.legs.push({ place: place.entity, role, time, offset_hours: null, span: place.span });
}

// The act the journey was for: an event in this sentence, timed by an offset from the departure.
function addAction(facts: Facts, movement: Movement, sentence: number, events: readonly Event[]): void {
  const offset = (facts.bySentence.get(sentence) ?? []).find((m): m is OffsetMention => m.kind === 'offset');
  const span = facts.article.sentences[sentence]?.span;
  const event = events.find((e) => e.location && e.evidence.some((ev) => span && ev.start >= span.start && ev.end <= span.end));
  if (!event?.location || !span) return;
  movement.actor ??= event.actor1;
  movement.date ??= event.date;
  const place = event.provenance['location']?.span ?? span;
  if (!movement.legs.some((l) => l.role === 'action' && l.place === event.location)) {
    movement.legs.push({ place: event.location, role: 'action', time: null, offset_hours: offset ? offset.value.hours : null, span: place });
  }
}
