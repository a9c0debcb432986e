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
