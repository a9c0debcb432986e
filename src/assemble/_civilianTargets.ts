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
  const found = civilianSiteHit(facts, draft);
  const country = eventCountry(facts, entities, draft);
  if (!found || !country) return;
  const { match, trigger } = found;
  const entity = countryGroup(entities, 'civilians', 'Civilians', country);
  const span = { start: trigger.end + match.index, end: trigger.end + match.index + match[0].length };
  if (!entity.aliases.some((a) => a.text === match[0])) entity.aliases.push({ text: match[0], span, from: 'rule:civilian-target' });
  draft.actor2 = entity.id;
  draft.provenance['actor2'] = { article: facts.article.id, span, from: 'rule:civilian-target' };
}

/**
 * The civilian site or people the words after a draft's trigger name as hit ("fired at a hospital", "launched rockets
 * at residential buildings"), unless an armed target comes first ("struck a Ukrainian barracks in Kharkiv, killing 29
 * people": the target was armed, whoever died); null when none.
 * @example civilianSiteHit(facts, draftOf('fired at a hospital … killing four people'))?.match[0] // 'hospital'
 */
export function civilianSiteHit(facts: Facts, draft: EventDraft): { match: RegExpExecArray; trigger: { start: number; end: number } } | null {
  const sentence = draft.sentences[0] ?? 0;
  const start = facts.article.sentences[sentence]?.span.start ?? 0;
  const trigger = draft.provenance['event_type']?.span;
  if (!trigger) return null;
  const clause = sentenceText(facts, sentence).slice(trigger.end - start).split(/;/)[0] ?? '';
  const match = CIVILIAN_TARGET.exec(clause);
  if (!match || ARMED_TARGET.test(clause.slice(0, match.index))) return null;
  return { match, trigger };
}

// Families that aim a blow at what follows them ("fired at a hospital", "shelled houses"); a capture, a clash
// near a hospital or a siege of a town with civilians in it aims at no one there.
const AIMED = new Set(['fire', 'shoot', 'attack', 'shelling', 'air-strike', 'strike', 'hit', 'projectile', 'launch']);
/** How near after its trigger the site must be named to be what the blow was aimed at ("fired at a hospital"). */
const AIM_REACH = 25;

/**
 * Whether a draft's blow was aimed at a civilian site or at people named right after its trigger ("Russian
 * forces reportedly fired at a hospital"): such a blow told beside a battle is a happening of its own.
 * @example firesAtCivilians(facts)(draftOf('fired at a hospital, … killing four people')) === true
 */
export function firesAtCivilians(facts: Facts): (draft: EventDraft) => boolean {
  return (draft) => {
    if (!AIMED.has(draft.family)) return false;
    const hit = civilianSiteHit(facts, draft);
    return hit !== null && hit.match.index <= AIM_REACH;
  };
}
