import type { Entity } from '../model/index.js';
import type { EventDraft } from './_draft.js';
import { sentenceText, type Facts } from './_facts.js';

// An institution as the object of an act: "looted the Gao police station" acts against the police.
const POLICE = /\b(?:(?:[A-Z][\w'’-]+\s+)?police (?:station|headquarters|post|building)s?|police)\b/;

/**
 * The state body an act was against when the words name its building: the country's police for a
 * police station, as ACLED codes "Police Forces of <country>". The entity is added with the words as
 * its alias and the rule as provenance.
 */
export function institutionActor(facts: Facts, draft: EventDraft, entities: Entity[]): void {
  const sentence = draft.sentences[0] ?? 0;
  const start = facts.article.sentences[sentence]?.span.start ?? 0;
  const trigger = draft.provenance['event_type']?.span.end ?? start;
  const after = sentenceText(facts, sentence).slice(trigger - start);
  const match = POLICE.exec(after);
  const place = draft.location ? entities.find((e) => e.id === draft.location) : undefined;
  const country = place?.country ? entities.find((e) => e.country === place.country && (e.kind === 'state' || e.precision === 'country')) : undefined;
  if (!match || !country) return;
  const name = `Police Forces of ${country.name}`;
  const span = { start: trigger + match.index, end: trigger + match.index + match[0].length };
  let entity = entities.find((e) => e.name === name);
  if (!entity) {
    entity = { ...country, id: `e${entities.length + 1}`, kind: 'military_unit', name, aliases: [], page: null, lat: null, lon: null, precision: null, geonameId: null, admin1: null };
    entities.push(entity);
  }
  if (!entity.aliases.some((a) => a.text === match[0])) entity.aliases.push({ text: match[0], span, from: 'rule:institution-object' });
  draft.actor2 = entity.id;
  draft.provenance['actor2'] = { article: facts.article.id, span, from: 'rule:institution-object' };
}
