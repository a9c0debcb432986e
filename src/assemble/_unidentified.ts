import type { Entity } from '../model/index.js';
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
  const place = entities.find((e) => e.id === draft.location);
  const code = place?.country ?? (facts.conflictCountries.size === 1 ? [...facts.conflictCountries][0] : undefined);
  const country = code ? entities.find((e) => e.country === code && (e.kind === 'state' || e.precision === 'country')) : undefined;
  const trigger = draft.provenance['event_type'];
  if (!country || !trigger) return;
  const countryName = country.kind === 'state' ? country.name.replace(/^Military Forces of /, '') : country.name;
  const name = `Unidentified Armed Group (${countryName})`;
  let entity = entities.find((e) => e.name === name);
  if (!entity) {
    entity = {
      id: `e${entities.length + 1}`, kind: 'armed_group', name, aliases: [], page: null, role: null, affiliation: null,
      lat: null, lon: null, country: code ?? null, admin1: null, geonameId: null, precision: null, resolved: true,
    };
    entities.push(entity);
  }
  draft.actor1 = entity.id;
  draft.inherited.add('actor1');
  draft.provenance['actor1'] = { article: facts.article.id, span: trigger.span, from: 'rule:unidentified-perpetrator' };
}
