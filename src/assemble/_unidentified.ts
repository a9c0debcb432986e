import type { Entity } from '../model/index.js';
import { countryGroup, eventCountry } from './_countryGroups.js';
import type { EventDraft } from './_draft.js';
import type { Facts } from './_facts.js';

// Bombs no one claims: ACLED's convention names the perpetrator "Unidentified Armed Group (<country>)".
export const UNCLAIMED = new Set(['Remote explosive/landmine/IED', 'Suicide bomb', 'Grenade']);

/**
 * A car bomb, IED or suicide attack whose words name no perpetrator is coded as ACLED codes it:
 * actor1 "Unidentified Armed Group (<country>)", the country of the event's place (else the
 * conflict's), with the trigger's words as provenance. The entity is added once per country.
 * @example unidentifiedPerpetrator(facts, draftOf('a mini-bus blew up at a bus stop'), entities) // actor1 "Unidentified Armed Group (Syria)"
 */
export function unidentifiedPerpetrator(facts: Facts, draft: EventDraft, entities: Entity[]): void {
  if (draft.actor1 !== null || !UNCLAIMED.has(draft.sub_event_type)) return;
  const country = eventCountry(facts, entities, draft);
  const trigger = draft.provenance['event_type'];
  if (!country || !trigger) return;
  const entity = countryGroup(entities, 'armed_group', 'Unidentified Armed Group', country);
  draft.actor1 = entity.id;
  draft.inherited.add('actor1');
  draft.provenance['actor1'] = { article: facts.article.id, span: trigger.span, from: 'rule:unidentified-perpetrator' };
}

// "assassinated by unknown gunmen", "shot at by unknown forces", "unidentified assailants opened fire":
// the words themselves say the perpetrator is not known
const UNKNOWN_AGENT = /\b(?:unknown|unidentified)\s+(?:armed\s+)?(?:gunm[ae]n|forces|assailants|attackers|militants|men|group|perpetrators|fighters)\b/i;

/**
 * A violent event whose own words say who did it is unknown ("a commander … was assassinated by unknown
 * gunmen") is by "Unidentified Armed Group (<country>)", before any side is guessed from context; a side
 * named by those words ("clashed with unknown gunmen") is that group too.
 * @example unknownAgent(facts, draftOf('their car was shot at by unknown forces'), entities) // actor1 "Unidentified Armed Group (Ukraine)"
 */
export function unknownAgent(facts: Facts, draft: EventDraft, entities: Entity[]): void {
  if (draft.event_type === 'Strategic developments' || draft.event_type === 'Protests') return;
  const sentence = facts.article.sentences[draft.sentences[0] ?? 0];
  const trigger = draft.provenance['event_type']?.span;
  if (!sentence || !trigger) return;
  const text = facts.article.text.slice(sentence.span.start, sentence.span.end);
  const match = UNKNOWN_AGENT.exec(text);
  if (!match) return;
  const words = { start: sentence.span.start + match.index, end: sentence.span.start + match.index + match[0].length };
  const within = (field: 'actor1' | 'actor2'): boolean => {
    const span = draft.provenance[field]?.span;
    return span !== undefined && span.start >= words.start && span.end <= words.end;
  };
  // the agent of a passive ("shot at by unknown forces in Okhtyrka, Ukraine") is who did it, whatever place
  // follows; an unknown subject before the trigger when no one else is named for it
  const agent = /\bby\s+(?:the\s+)?$/i.test(text.slice(0, match.index)) || (words.start < trigger.start && draft.actor1 === null);
  // one side only: the unknown never meets itself (the agent's words read as the target too stay no one's)
  const field = agent || within('actor1') ? 'actor1' : within('actor2') ? 'actor2' : null;
  const country = eventCountry(facts, entities, draft);
  if (field === null || !country) return;
  const entity = countryGroup(entities, 'armed_group', 'Unidentified Armed Group', country);
  draft[field] = entity.id;
  draft.provenance[field] = { article: facts.article.id, span: words, from: 'rule:unknown-agent' };
  if (field === 'actor1' && within('actor2')) {
    draft.actor2 = null;
    delete draft.provenance['actor2'];
  }
}
