import type { Entity } from '../model/index.js';
import { countryGroup, eventCountry } from './_countryGroups.js';
import type { EventDraft } from './_draft.js';
import { sentenceText, type Facts } from './_facts.js';

const REMOTE_OR_CIVILIAN = new Set(['Explosions/Remote violence', 'Violence against civilians']);
// What a strike hit when it hit no armed side: "residential buildings", "civilian areas", "a pre-school",
// "houses", "a university", "killing 11 people".
const CIVILIAN_TARGET = /\b(?:civilians|civilian (?:areas?|targets?|buildings?|homes|houses|infrastructure|neighbou?rhoods?)|residential (?:buildings?|areas?|neighbou?rhoods?|blocks?|districts?)|(?:pre-?schools?|kindergartens?|schools?|universit(?:y|ies)|hospitals?|homes|houses|apartment (?:buildings?|blocks?)|churche?s|cathedrals?|mosques?|museums?|theat(?:re|er)s?|markets?)|(?:killing|killed|wounding) (?:a total of |at least |some |about |around )?(?:\w+ )?(?:people|residents|villagers|children|women))\b/i;

// What belongs to an armed side: a strike on it, or a looting of it, was against that side.
export const ARMED_TARGET = /\b(?:barracks|base|bases|positions?|troops|soldiers|military|checkpoints?|depots?|command posts?|airfield|airbase|air base|garrison|convoy|headquarters|police stations?|armou?ry|arsenal)\b/i;

/**
 * A shelling, strike or attack whose words name no armed target but civilian ones ("launched rockets
 * at residential buildings", "shelled Volnovakha, hitting civilian areas") is against civilians, as ACLED
 * codes it: actor2 "Civilians (<country>)", the country of the event's place, else the conflict's.
 * @example civilianTarget(facts, draftOf('shelled Volnovakha, hitting civilian areas'), entities) // actor2 "Civilians (Ukraine)"
 */
export function civilianTarget(facts: Facts, draft: EventDraft, entities: Entity[]): void {
  if (draft.actor2 !== null || !REMOTE_OR_CIVILIAN.has(draft.event_type)) return;
  const sentence = draft.sentences[0] ?? 0;
  const start = facts.article.sentences[sentence]?.span.start ?? 0;
  const trigger = draft.provenance['event_type']?.span;
  if (!trigger) return;
  const clause = sentenceText(facts, sentence).slice(trigger.end - start).split(/;/)[0] ?? '';
  const match = CIVILIAN_TARGET.exec(clause);
  // "struck a Ukrainian barracks in Kharkiv, killing 29 people": the target was armed, whoever died
  if (match && ARMED_TARGET.test(clause.slice(0, match.index))) return;
  const country = eventCountry(facts, entities, draft);
  if (!match || !country) return;
  const entity = countryGroup(entities, 'civilians', 'Civilians', country);
  const span = { start: trigger.end + match.index, end: trigger.end + match.index + match[0].length };
  if (!entity.aliases.some((a) => a.text === match[0])) entity.aliases.push({ text: match[0], span, from: 'rule:civilian-target' });
  draft.actor2 = entity.id;
  draft.provenance['actor2'] = { article: facts.article.id, span, from: 'rule:civilian-target' };
}
