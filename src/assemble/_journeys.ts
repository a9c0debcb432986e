import type { Movement, NameMention, QuantityMention } from '../model/index.js';
import { entityMentions, sentenceText, type Facts } from './_facts.js';

// "left Abidjan in a convoy … for the Malian capital of Bamako", "began moving from Niamey, to Ouallam",
// "sailed from Toulon to Dakar", "dispatched from the Pápa Air Base in Hungary to France"
const JOURNEY = /\b(?:moved|moving|flew|flying|left|leaving|deployed|dispatched|sailed|travell?ed|headed|proceeded|withdrew|withdrawing|relocated|transferred|redeployed|set off|an air bridge)\b/i;
const FROM = /\b(?:from|left|leaving|between)\s+(?:the\s+)?/i;
const TO = /\b(?:to|for|towards?|into|and)\s+(?:the\s+)?(?:[\p{Ll}]+\s+){0,4}/iu;

/**
 * One-sentence journeys: a verb of moving with a place it left and a place it went to ("from X to Y",
 * "left X for Y", "an air bridge between X and Y"). The actor is the first actor the sentence names.
 * @example journeyIn(facts, 42) // { legs: [Abidjan origin, Bamako destination] }
 */
export function journeyIn(facts: Facts, sentence: number, id: string): Movement | null {
  const text = sentenceText(facts, sentence);
  const verb = JOURNEY.exec(text);
  if (!verb) return null;
  const start = facts.article.sentences[sentence]?.span.start ?? 0;
  const places = entityMentions(facts, sentence, ['place']);
  const from = FROM.exec(text.slice(verb.index));
  const origin = from ? places.find((p) => p.span.start >= start + verb.index + from.index) : undefined;
  if (!origin) return null;
  const rest = text.slice(origin.span.end - start);
  const to = TO.exec(rest);
  const destination = to ? places.find((p) => p.span.start >= origin.span.end + to.index && p.entity !== origin.entity && !containedIn(facts, p, origin)) : undefined;
  if (!origin.entity || !destination?.entity) return null;
  // both ends on the map, and apart: "Hama Province … Hama" or a newspaper taken for a place is no journey
  const [a, b] = [facts.entity.get(origin.entity), facts.entity.get(destination.entity)];
  if (!a?.resolved || !b?.resolved || (a.lat === b.lat && a.lon === b.lon) || a.name.includes(b.name) || b.name.includes(a.name)) return null;
  const actor = entityMentions(facts, sentence, ['state', 'armed_group', 'military_unit'])[0];
  const vehicles = (facts.bySentence.get(sentence) ?? []).find((m): m is QuantityMention => m.kind === 'quantity' && m.span.end <= start + verb.index);
  return {
    id,
    actor: actor?.entity ?? null,
    vehicles: vehicles ? { count: vehicles.value.count.best, kind: vehicles.value.unit } : null,
    date: null,
    legs: [leg(origin, 'origin'), leg(destination, 'destination')],
    avoided: [],
    evidence: [facts.article.sentences[sentence]?.span ?? origin.span],
  };
}

function leg(place: NameMention, role: 'origin' | 'destination'): Movement['legs'][number] {
  return { place: place.entity as string, role, time: null, offset_hours: null, span: place.span };
}

// "from the Pápa Air Base in Hungary": the country after a place is where it is, not where the journey went.
function containedIn(facts: Facts, place: NameMention, origin: NameMention): boolean {
  const between = facts.article.text.slice(origin.span.end, place.span.start);
  return /^\s*(?:in|,)\s*(?:the\s+)?$/i.test(between);
}
