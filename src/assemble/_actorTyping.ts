import type { Entity } from '../model/index.js';
import type { EventDraft } from './_draft.js';
import { sentenceText, type Facts } from './_facts.js';
import { alliedWith, infoboxSides } from './_sides.js';
import { ARMED } from './_victims.js';

// "captured the town without a fight", "after ISIL fighters withdrew", "entered Slavutych unopposed"
const UNFOUGHT = /\b(?:without (?:a fight|much of a fight|resistance|any resistance|fighting|a shot)|unopposed|after [^.;]{0,60}\b(?:withdrew|retreated|abandoned|pulled out|had left|evacuated)\b|following (?:a|the|their) (?:withdrawal|retreat)|(?:an|the) (?:abandoned|deserted|empty)\b)/i;
const TERRITORY = new Set(['capture', 'regain', 'take']);
const DIRECT_VIOLENCE = new Set(['attack', 'fire', 'kill', 'massacre', 'destroy', 'shoot', 'grenade']);
const CROWD_ACTS = new Set(['siege', 'surround', 'block']);
// How protests were met: dispersed, or force used on the crowd.
const INTERVENED = /\b(?:dispers(?:ed|ing)|disrupted|broke up|broken up|tear gas|warning shots|stun grenades|water cannon|detained protesters|arrested protesters)\b/i;
const EXCESSIVE = /\b(?:(?:fired|opened fire|shot) (?:on|at|into) (?:the )?(?:protesters|demonstrators|crowds?)|grenades? at (?:a |the )?crowd|killed (?:\w+ )?(?:protesters|demonstrators))\b/i;

/**
 * Pass 8 (typing by who): ACLED types some events by their actors, known only once sides are filled.
 * A place taken by the forces of the state it lies in, or of its ally, is regained; by a non-state
 * actor, overtaken; by a foreign state's forces in a war between states, an armed clash; taken
 * without a fight, transferred. Arrests by anyone but the place's own state are abductions. Direct
 * violence on civilians is violence against civilians. Civilians surrounding or blocking forces protest.
 * @example typeByActors(facts, russianCaptureInUkraine) // sub_event_type 'Armed clash'
 */
export function typeByActors(facts: Facts, draft: EventDraft): void {
  const actor = facts.entity.get(draft.actor1 ?? '');
  const target = facts.entity.get(draft.actor2 ?? '');
  const place = facts.entity.get(draft.location ?? '');
  const text = draft.sentences.map((s) => sentenceText(facts, s)).join(' ');
  if (TERRITORY.has(draft.family) && draft.event_type === 'Battles' && draft.sub_event_type !== 'Armed clash') territory(facts, draft, actor, target, place, text);
  else if (draft.family === 'arrest' && actor && !ownState(facts, actor, place)) set(draft, 'Violence against civilians', 'Abduction/forced disappearance');
  else if (DIRECT_VIOLENCE.has(draft.family) && crowd(facts, draft)) set(draft, 'Protests', 'Excessive force against protesters');
  else if (DIRECT_VIOLENCE.has(draft.family) && draft.event_type !== 'Explosions/Remote violence' && (target?.kind === 'civilians' || unarmedTarget(facts, draft))) set(draft, 'Violence against civilians', 'Attack');
  else if ((draft.family === 'kill' || draft.family === 'shoot') && ((target && target.kind !== 'civilians') || armedKilled(facts, draft))) set(draft, 'Battles', 'Armed clash');
  else if (CROWD_ACTS.has(draft.family) && actor?.kind === 'civilians') set(draft, 'Protests', 'Peaceful protest');
  else if (draft.sub_event_type === 'Air/drone strike' && actor?.kind === 'armed_group' && plainBombing(facts, draft)) set(draft, 'Explosions/Remote violence', 'Remote explosive/landmine/IED');
  if (draft.event_type === 'Protests') protestMet(draft, text);
}

// "fired at two cars traveling from Sumy", "attacked residential areas": what was shot at had no one armed in it
const UNARMED_THINGS = '(?:civilians?|cars?|bus(?:es)?|ambulances?|residential|homes?|houses?|hospitals?|schools?|markets?|journalists?|passers-by)';
const UNARMED_TARGET = new RegExp(`^\\W*(?:\\w+\\W+){0,3}?${UNARMED_THINGS}\\b`, 'i');
// "a civilian car was shot at", "their bus had been fired on": so had what a passive's subject names
const UNARMED_SUBJECT = new RegExp(`\\b${UNARMED_THINGS}\\s+(?:was|were|had been|has been|have been)\\s+(?:reportedly\\s+|allegedly\\s+)?$`, 'i');
function unarmedTarget(facts: Facts, draft: EventDraft): boolean {
  const trigger = draft.provenance['event_type']?.span;
  if (trigger === undefined) return false;
  const text = facts.article.text;
  return UNARMED_TARGET.test(text.slice(trigger.end, trigger.end + 60)) || UNARMED_SUBJECT.test(text.slice(Math.max(0, trigger.start - 60), trigger.start));
}

// "killed an unspecified number of soldiers", "shot two fighters": the ones killed were armed, whoever named them
const ARMED_OBJECT = new RegExp(`^\\W*(?:[\\w-]+\\W+){0,4}?${ARMED.source}`, 'i');
// "one of its soldiers had been killed by Armenian forces": or the subject of the passive was
const ARMED_SUBJECT = new RegExp(`${ARMED.source}\\W+(?:[\\w-]+\\W+){0,2}?(?:was|were|had been|have been|has been)\\s+(?:reportedly\\s+)?$`, 'i');
function armedKilled(facts: Facts, draft: EventDraft): boolean {
  const trigger = draft.provenance['event_type']?.span;
  if (trigger === undefined) return false;
  return ARMED_OBJECT.test(facts.article.text.slice(trigger.end, trigger.end + 60)) || ARMED_SUBJECT.test(facts.article.text.slice(Math.max(0, trigger.start - 60), trigger.start));
}

// "The group also bombed a police station": a group with no aircraft the words name bombs with explosives;
// "airstrike", "air raid", "drone" say an aircraft whoever flew it
const PLAIN_BOMBING = /^bomb(?:s|ed|ing)?$/i;
function plainBombing(facts: Facts, draft: EventDraft): boolean {
  const trigger = draft.provenance['event_type']?.span;
  if (trigger === undefined || !PLAIN_BOMBING.test(facts.article.text.slice(trigger.start, trigger.end))) return false;
  return !/\b(?:aircraft|planes?|jets?|helicopters?|drones?|warplanes?|air force)\b/i.test(draft.sentences.map((n) => sentenceText(facts, n)).join(' '));
}

// "threw grenades at a crowd", "opened fire on protesters": force used on a crowd
const CROWD = /^\W*(?:\w+\W+){0,3}?(?:crowds?|protesters|demonstrators|rally|rallies|protest)\b/i;
function crowd(facts: Facts, draft: EventDraft): boolean {
  const trigger = draft.provenance['event_type']?.span;
  return trigger !== undefined && CROWD.test(facts.article.text.slice(trigger.end, trigger.end + 40));
}

const nonState = (facts: Facts, e: Entity | undefined): boolean =>
  e?.kind === 'armed_group' || (e?.kind === 'military_unit' && facts.entity.get(e.affiliation ?? '')?.kind === 'armed_group');
function territory(facts: Facts, draft: EventDraft, actor: Entity | undefined, target: Entity | undefined, place: Entity | undefined, text: string): void {
  if (UNFOUGHT.test(text)) return set(draft, 'Strategic developments', 'Non-violent transfer of territory');
  if (!actor) return;
  // "Ukraine recaptured the villages": a country named as who acted is its state
  const country = actor.kind === 'place' && actor.precision === 'country' ? ({ ...actor, kind: 'state' } as Entity) : undefined;
  const state = country ?? (actor.kind === 'state' ? actor : actor.kind === 'military_unit' ? facts.entity.get(actor.affiliation ?? '') : undefined);
  // a place only stood in for by a nearby one tells nothing of whose ground it was
  const from = draft.provenance['location']?.from ?? '';
  const stoodIn = from === 'rule:nearest-mapped-place' || from === 'rule:article-main-place';
  if (state?.kind !== 'state') {
    // "the NDF … captured two checkpoints" from the Asayish: a militia the infobox lists beside its
    // state retakes that state's ground from a non-state group for the government (ACLED: "or its affiliates")
    const patron = patronState(facts, actor);
    if (patron && nonState(facts, target) && ownState(facts, patron, stoodIn ? undefined : place)) return set(draft, 'Battles', 'Government regains territory');
    return set(draft, 'Battles', 'Non-state actor overtakes territory');
  }
  if (ownState(facts, state, stoodIn ? undefined : place)) return set(draft, 'Battles', 'Government regains territory');
  // "American-led forces began taking back control of Mosul" from ISIL: a state retaking ground from a
  // non-state group regains it for the government, wherever its own border lies
  if (draft.family === 'regain' && nonState(facts, target)) return set(draft, 'Battles', 'Government regains territory');
  set(draft, 'Battles', 'Armed clash');
}

// Whether a state acts in its own country (or where its ally is the state). A place known only as a
// border or a region, or not at all, is taken to lie where the conflict is.
// The state an armed group's infobox side is led by ("Syrian Arab Republic · … · National Defence Forces").
function patronState(facts: Facts, actor: Entity): Entity | undefined {
  if (actor.kind !== 'armed_group') return undefined;
  const side = infoboxSides(facts).find((s) => s.members.some((m) => 'entity' in m && m.entity === actor.id));
  const ids = side?.members.flatMap((m) => ('entity' in m && m.entity ? [m.entity] : [])) ?? [];
  return ids.map((id) => facts.entity.get(id)).find((e) => e?.kind === 'state');
}

function ownState(facts: Facts, state: Entity, place: Entity | undefined): boolean {
  if (state.kind !== 'state' || !state.country) return state.kind === 'state';
  const where = place?.country && place.precision !== 3 && place.precision !== 'country' && place.resolved ? [place.country] : [...facts.conflictCountries];
  if (where.length === 0) return true;
  return where.some((country) => state.country === country || alliedWith(facts, state, country));
}

function protestMet(draft: EventDraft, text: string): void {
  if (EXCESSIVE.test(text)) set(draft, 'Protests', 'Excessive force against protesters');
  else if (INTERVENED.test(text)) set(draft, 'Protests', 'Protest with intervention');
}

function set(draft: EventDraft, type: EventDraft['event_type'], subType: string): void {
  draft.event_type = type;
  draft.sub_event_type = subType;
}
