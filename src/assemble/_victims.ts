import type { Entity } from '../model/index.js';
import type { EventDraft } from './_draft.js';
import { entityMentions, stateOfCountry, words, type Facts } from './_facts.js';
import { enemyState, fillOpposingSide, sideOf, stateEnemy } from './_sides.js';
import { countryGroup, eventCountry } from './_countryGroups.js';
import { ARMED_TARGET } from './_civilianTargets.js';
import { CIVILIAN_NOUNS } from '../recognise/index.js';

// Tolls that count the unarmed: "two people were killed", "killing 11 civilians", "a 12-year-old boy"
const UNARMED = /\b(?:people|persons?|civilians?|residents|inhabitants|villagers|children|child|boys?|girls?|women|woman|men|man|family|families|passengers|workers|employees)\b/i;
// "two people and three soldiers": a toll that counts the armed too
export const ARMED = /\b(?:soldiers?|troops?|servicem[ae]n|fighters?|militants?|rebels?|officers?|commanders?|military chiefs?|militiam[ae]n|combatants?|personnel|insurgents?|jihadists?)\b/i;
// An infobox's "Target: Civilians" names the unarmed as a side
const UNARMED_NAME = /^(?:the\s+)?(?:civilians?|residents|locals|inhabitants|villagers|civilian population|population)$/i;
const ARMED_KINDS = new Set(['state', 'armed_group', 'military_unit']);
const PROTEST_ACTS = new Set(['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters']);

/**
 * Pass 6 (victims, ACLED's conventions): violence against civilians and arrests are against
 * "Civilians (<country>)"; a strike whose only dead are people of no armed side, and whose target the
 * words do not name, struck civilians; a protest's actor is "Protesters (<country>)", and a peaceful
 * protest has no second actor; an armed side's looting of no armed side's property took from civilians;
 * a riot, or looting no one is named for, is by "Rioters (<country>)", and mob violence against civilians. Each says so in its provenance.
 * @example codeVictims(facts, [shellingThatKilledTwoPeople], entities) // actor2 "Civilians (Ukraine)"
 */
export function codeVictims(facts: Facts, drafts: EventDraft[], entities: Entity[]): void {
  for (const d of drafts) {
    const country = eventCountry(facts, entities, d);
    if (!country) continue;
    const kind = (id: string | null) => entities.find((e) => e.id === id)?.kind;
    // ACLED names the unarmed by their country: "residents", "locals", "Civilians" are "Civilians (Ukraine)"
    const generic = entities.find((e) => e.id === d.actor2 && (e.kind === 'civilians' || UNARMED_NAME.test(e.name)) && (!/\(.+\)$/.test(e.name) || plainWords(facts, d)));
    const local = generic && d.event_type !== 'Protests' ? countryGroup(entities, 'civilians', 'Civilians', country) : undefined;
    if (local && local.id !== generic?.id) setSide(facts, d, 'actor2', local, 'rule:civilians-of-country');
    if (d.event_type === 'Violence against civilians' && kind(d.actor2) !== 'civilians' && capturedForces(facts, d, kind)) continue;
    if (d.event_type === 'Violence against civilians' && kind(d.actor2) !== 'civilians') setSide(facts, d, 'actor2', namedCivilians(facts, d) ?? countryGroup(entities, 'civilians', 'Civilians', country), 'rule:victims-civilians');
    else if (d.sub_event_type === 'Arrests' && d.actor2 === null) setSide(facts, d, 'actor2', countryGroup(entities, 'civilians', 'Civilians', country), 'rule:victims-civilians');
    else if (d.family === 'looting' && d.actor2 === null && ARMED_KINDS.has(kind(d.actor1) ?? '') && !armedProperty(facts, d)) setSide(facts, d, 'actor2', countryGroup(entities, 'civilians', 'Civilians', country), 'rule:looted-from-civilians');
    else if (d.event_type === 'Explosions/Remote violence' && guessedTarget(d) && unarmedDead(facts, d)) setSide(facts, d, 'actor2', countryGroup(entities, 'civilians', 'Civilians', country), 'rule:victims-unarmed-dead');
    else if (d.actor1 === null && (d.event_type === 'Riots' || crowdLooting(facts, d))) {
      setSide(facts, d, 'actor1', countryGroup(entities, 'civilians', 'Rioters', country), 'rule:rioters');
      if (d.sub_event_type === 'Mob violence' && d.actor2 === null) setSide(facts, d, 'actor2', countryGroup(entities, 'civilians', 'Civilians', country), 'rule:victims-civilians');
    } else if (d.event_type === 'Protests' && PROTEST_ACTS.has(d.sub_event_type)) {
      if (d.actor1 === null || kind(d.actor1) === 'civilians') setSide(facts, d, 'actor1', countryGroup(entities, 'civilians', 'Protesters', country), 'rule:protesters');
      if (d.sub_event_type === 'Peaceful protest') {
        d.actor2 = null;
        delete d.provenance['actor2'];
      }
    }
    notOwnCivilians(facts, d, entities);
  }
}

// "This vehicle then opened fire on the car, killing both passengers", in a war of Russia against Ukraine: a side the
// context lent is no attacker of its own state's civilians; the state that fights theirs is. (In a civil war, where
// no state fights the civilians' state, a state striking its own civilians is what analysts code.)
function notOwnCivilians(facts: Facts, d: EventDraft, entities: readonly Entity[]): void {
  if (d.actor1 === null || !d.inherited.has('actor1')) return;
  const victims = entities.find((e) => e.id === d.actor2 && e.kind === 'civilians');
  const own = stateOfCountry(facts, victims?.country);
  if (!own || sideOf(facts, d.actor1) !== own.id || !stateEnemy(facts, own.id)) return;
  const enemy = enemyState(facts, own.id);
  const span = d.provenance['actor1']?.span;
  if (!enemy || !span) return;
  d.actor1 = enemy;
  d.provenance['actor1'] = { article: facts.article.id, span, from: 'rule:enemy-of-civilians' };
}

// "ISIL executed fifteen Iraqi security force members who were captured", "abducted a number of police
// officers": armed men harmed out of combat are coded as their side, as analysts code them (the side their
// words name, else the one the event's actor fights); the words right after the trigger say who they were
// (the object only: "the abducted were taken to a militant base" names where, not whom)
const FORCE_MEMBERS = new RegExp(`^\\W*(?:(?!(?:were|was|are|is|been|being|by|to|from|in|at|on|near|into|and|while|when|after)\\b)[\\w'-]+\\W+){0,5}?(?:${ARMED.source}|\\bsecurity force|\\bpolice(?:m[ae]n)?\\b|\\bprisoners of war\\b|\\bPOWs?\\b)`, 'i');
function capturedForces(facts: Facts, d: EventDraft, kind: (id: string | null) => Entity['kind'] | undefined): boolean {
  const trigger = d.provenance['event_type']?.span;
  if (!trigger) return false;
  const after = facts.article.text.slice(trigger.end, trigger.end + 80).split(/[;,.]/)[0] ?? '';
  const match = FORCE_MEMBERS.exec(after);
  if (!match) return false;
  const named = entityMentions(facts, d.sentences[0] ?? 0, ['state', 'armed_group', 'military_unit'])
    .find((m) => m.span.start >= trigger.end && m.span.end <= trigger.end + match[0].length && m.entity !== d.actor1);
  if (named?.entity) {
    setSide(facts, d, 'actor2', facts.entity.get(named.entity) as Entity, 'rule:victims-their-side');
    return true;
  }
  if (d.actor2 !== null && ARMED_KINDS.has(kind(d.actor2) ?? '')) return true;
  fillOpposingSide(facts, d);
  return d.actor2 !== null;
}

// "two Danish journalists were wounded when their car was shot at": the unarmed the sentence names, of
// their own country ("Civilians (Denmark)"), before the country of the place
function namedCivilians(facts: Facts, d: EventDraft): Entity | undefined {
  if (d.actor2 !== null) return undefined;
  const named = entityMentions(facts, d.sentences[0] ?? 0, ['civilians'])[0];
  return named?.entity ? facts.entity.get(named.entity) : undefined;
}

// "three civilians were killed due to Russian bombardment": civilians the words give no people of
// (no demonym, no name) are the unarmed of where it happened, whatever country resolve guessed for
// the article; "Turkish truck drivers", "residents of Gao" keep the people their words name
function plainWords(facts: Facts, d: EventDraft): boolean {
  const said = d.provenance['actor2'];
  return said?.from === 'prose' && !words(facts, said.span).split(/\s+/).some((w) => /^\p{Lu}/u.test(w) && !CIVILIAN_NOUNS.has(w.toLowerCase()));
}

// "Reports of mass looting of retail stores continued", "a mass looting and pogrom took place": looting
// no one is named for is a crowd's, as ACLED codes it (rioters); a building "set ablaze" or "burned down"
// in a battle is no one's looting
const LOOTING_WORD = /^(?:loot|pillag|plunder|ransack)/i;
function crowdLooting(facts: Facts, d: EventDraft): boolean {
  const trigger = d.provenance['event_type']?.span;
  return d.family === 'looting' && d.actor2 === null && trigger !== undefined && LOOTING_WORD.test(words(facts, trigger));
}

// An armed side's looting or burning whose words name no armed side's property ("the Russians looted
// the local shops and private households") took from civilians; "looted the base of weapons" did not.
function armedProperty(facts: Facts, d: EventDraft): boolean {
  const trigger = d.provenance['event_type']?.span;
  const sentence = facts.article.sentences[d.sentences[0] ?? 0]?.span;
  if (!trigger || !sentence) return true;
  const clause = words(facts, { start: trigger.start, end: sentence.end }).split(/[;,]/)[0] ?? '';
  return ARMED_TARGET.test(clause);
}

// A target no words of the event's own named: none, or one taken from the infobox, the main opponent or the main fight.
function guessedTarget(d: EventDraft): boolean {
  const from = d.provenance['actor2']?.from ?? '';
  return d.actor2 === null || from.startsWith('infobox:') || from === 'rule:main-opponent' || from === 'rule:sides-of-main-fight';
}

function unarmedDead(facts: Facts, d: EventDraft): boolean {
  const tolls = [...d.claims, ...d.civilianClaims].filter((c) => (c.figure.best ?? 0) > 0);
  return tolls.length > 0 && tolls.every((c) => UNARMED.test(words(facts, c.span)) && !ARMED.test(words(facts, c.span)));
}

function setSide(facts: Facts, d: EventDraft, field: 'actor1' | 'actor2', entity: Entity, rule: string): void {
  const span = d.provenance['event_type']?.span ?? d.evidence[0];
  d[field] = entity.id;
  d.inherited.add(field);
  if (span) d.provenance[field] = { article: facts.article.id, span, from: rule };
}
