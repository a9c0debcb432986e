import type { Entity, InfoboxField, Mention, NameMention } from '../model/index.js';
import type { EventDraft } from './_draft.js';
import { stateOfCountry, type Facts } from './_facts.js';
import { UNCLAIMED } from './_unidentified.js';
import { countryByName, countryOfDemonym } from '../resolve/gazetteer/index.js';
import { isPoliticalBody } from '../recognise/index.js';
import { isSource } from './_actors.js';

/** The types fought between two armed sides (a battle, a strike): one home for the passes that ask. */
export const FIGHTING: ReadonlySet<string> = new Set(['Battles', 'Explosions/Remote violence']);
const VIOLENT_TYPES = new Set(['Battles', 'Explosions/Remote violence', 'Violence against civilians']);
// "a drone of Armenia was claimed to be shot down": a weapon stopped has a side that stopped it; a place
// left ("Russian forces withdrew from Okhtyrka") has a side that gained it; a town besieged ("the city was
// besieged by the Russian army") or a road blocked by armed forces has a side that held it
const BLOCKING = new Set(['siege', 'surround', 'block']);
const fighting = (draft: EventDraft): boolean =>
  FIGHTING.has(draft.event_type) || draft.sub_event_type === 'Disrupted weapons use' || draft.sub_event_type === 'Non-violent transfer of territory' || (BLOCKING.has(draft.family) && draft.event_type === 'Strategic developments');

/**
 * For a fight whose sentence names only who acted, the other side from the infobox: the first
 * combatant listed on a side other than the actor's. The infobox's order says nothing of who attacked
 * whom, so it is used only for the side the prose leaves out, with the field as provenance.
 * @example fillOpposingSide(facts, capture) // "FSA rebels … captured the town" → actor2 Syria (Combatant2)
 */
export function fillOpposingSide(facts: Facts, draft: EventDraft, guessOpponent = true): void {
  // civilians fight, shell and abduct no one ("one resident told that everybody was being arrested" names a
  // witness, not the one who arrested); they may protest, riot or loot
  if (facts.entity.get(draft.actor1 ?? '')?.kind === 'civilians' && (VIOLENT_TYPES.has(draft.event_type) || draft.sub_event_type === 'Arrests')) {
    draft.actor1 = null;
    delete draft.provenance['actor1'];
  }
  if (draft.sub_event_type === 'Agreement') {
    agreementParties(facts, draft);
    // "the rebels agreed to surrender", "the Syrian Army declared a three-day ceasefire": with the side it fights
    if (draft.actor1 !== null && draft.actor2 === null) foughtWith(facts, draft);
    return;
  }
  if (draft.actor1 === null && draft.sub_event_type === 'Air/drone strike') airForceOf(facts, draft);
  // An actor never meets itself ("Hadrut was being shelled by Azerbaijani artillery" with "Azerbaijani
  // forces" after it; a unit of the state it fights for): the other side is looked for instead.
  // nor its ally: "French and Chadian troops occupied Tessalit, … not controlled by the Malian government"
  // with France and Mali on one infobox side
  // (but "infighting erupted between Ahrar al-Sham and ISIL and the latter gained control": two allies the words set
  // against each other fight)
  const setAgainst = draft.provenance['actor2']?.from === 'rule:latter-former';
  if (draft.actor1 !== null && !setAgainst && (sideOf(facts, draft.actor1) === sideOf(facts, draft.actor2) || onOneSide(facts, draft.actor1, draft.actor2))) {
    draft.actor2 = null;
    delete draft.provenance['actor2'];
  }
  // "another Russian ammunition depot was destroyed": the side that suffered is named, the other acted;
  // "a 12-year-old Armenian boy was killed by a missile": the enemy of the state whose civilians they were
  // (an unclaimed bomb among civilians stays unclaimed: its perpetrator is unidentified, not the enemy)
  // (and only in a war between states: Syrian civilians bombed in a civil war are no rebels' victims by default)
  const civiliansOf = draft.actor2 !== null && !UNCLAIMED.has(draft.sub_event_type) ? civiliansState(facts, draft.actor2) : null;
  const ownState = civiliansOf !== null && stateEnemy(facts, civiliansOf) ? civiliansOf : null;
  // a side the context lent is no attacker of its own civilians the prose names
  if (ownState !== null && draft.inherited.has('actor1') && sideOf(facts, draft.actor1) === ownState) {
    draft.actor1 = null;
    draft.inherited.delete('actor1');
    delete draft.provenance['actor1'];
  }
  if (draft.actor1 === null && draft.actor2 !== null && fighting(draft)) {
    const sufferer = ownState ?? draft.actor2;
    const mirrored: EventDraft = { ...draft, actor1: sufferer, actor2: null, provenance: { ...draft.provenance }, inherited: new Set(draft.inherited) };
    // an unclaimed bomb's perpetrator is the victim's infobox enemy, never a guess from mention counts
    fillOpposingSide(facts, mirrored, !UNCLAIMED.has(draft.sub_event_type));
    if (mirrored.actor2 !== null) {
      draft.actor1 = mirrored.actor2;
      draft.inherited.add('actor1');
      const p = mirrored.provenance['actor2'];
      if (p) draft.provenance['actor1'] = p;
    }
    return;
  }
  if (draft.actor2 !== null || draft.actor1 === null || !fighting(draft)) return;
  const sides = infoboxSides(facts);
  // a unit stands on its state's side ("Sparta Battalion" of Russia, listed beside it)
  const side = sideOf(facts, draft.actor1);
  const own = sides.find((s) => s.members.some((m) => 'entity' in m && (m.entity === draft.actor1 || m.entity === side))) ?? sideOfGenericWord(facts, draft.actor1, sides);
  if (!own) return guessOpponent ? mainOpponent(facts, draft) : undefined;
  const other = sides.find((s) => s !== own && s.members.length > 0);
  const first = other ? fighterOf(facts, other.members) : undefined;
  if (!other || !first || !('entity' in first) || !first.entity) return;
  draft.actor2 = first.entity;
  draft.inherited.add('actor2');
  draft.provenance['actor2'] = { article: facts.article.id, span: first.span, from: `infobox:${other.field.label}` };
}

// "the rebels" where the infobox lists the "Free Syrian Army" and "Islamic State": a generic word for the
// opposition's fighters stands on the one side whose listed groups are named so ("free", "opposition", "rebel")
const OPPOSITION_WORD = /\b(?:rebels?|opposition)\b/i;
const OPPOSITION_NAME = /\b(?:rebels?|opposition|free|revolutionar(?:y|ies))\b/i;
function sideOfGenericWord(facts: Facts, id: string, sides: ReturnType<typeof infoboxSides>): ReturnType<typeof infoboxSides>[number] | undefined {
  const actor = facts.entity.get(id);
  if (actor?.kind !== 'armed_group' || /^\p{Lu}/u.test(actor.name) || !OPPOSITION_WORD.test(actor.name)) return undefined;
  const named = (m: Mention): boolean => 'entity' in m && facts.entity.get(m.entity ?? '')?.kind === 'armed_group' && OPPOSITION_NAME.test(facts.entity.get(m.entity ?? '')?.name ?? '');
  const matching = sides.filter((side) => side.members.some(named));
  return matching.length === 1 ? matching[0] : undefined;
}

// The state of a country's civilians ("Civilians (Armenia)" → Armenia), when the article has it as an actor.
function civiliansState(facts: Facts, id: string): string | null {
  const civilians = facts.entity.get(id);
  if (civilians?.kind !== 'civilians' || !civilians.country) return null;
  return stateOfCountry(facts, civilians.country)?.id ?? null;
}

/** Whether the infobox puts a state's enemy side under another state ("Azerbaijan" against "Armenia"), not under a group ("Syria" against the rebels). */
export function stateEnemy(facts: Facts, state: string): boolean {
  const sides = infoboxSides(facts);
  const own = sides.find((s) => s.members.some((m) => 'entity' in m && (m.entity === state || sideOf(facts, m.entity) === state)));
  const other = own ? sides.find((s) => s !== own && s.members.length > 0) : undefined;
  const fighter = other ? fighterOf(facts, other.members) : undefined;
  return fighter !== undefined && 'entity' in fighter && facts.entity.get(fighter.entity ?? '')?.kind === 'state';
}

/**
 * Who fights for a side: its first member, unless that is a political body listed over the force
 * that fights for it ("National Coalition · Free Syrian Army"): then that group.
 * @example fighterOf(facts, members) // the Free Syrian Army's mention, not the National Coalition's
 */
function fighterOf(facts: Facts, members: readonly Mention[]): Mention | undefined {
  const entityOf = (m: Mention | undefined) => (m && 'entity' in m && m.entity ? facts.entity.get(m.entity) : undefined);
  const [first, next] = [entityOf(members[0]), entityOf(members[1])];
  const political = (e: Entity | undefined): boolean => e?.kind === 'armed_group' && isPoliticalBody(e.name);
  // only a group listed right under it is its force: "Autonomous Administration · International Freedom Battalion · Syria" keeps the first
  return political(first) && next?.kind === 'armed_group' && !political(next) ? members[1] : members[0];
}

/**
 * The parties to an agreement the words leave unnamed ("On 9 October, both sides agreed to a temporary
 * humanitarian ceasefire"): the first actor of each infobox side, the named party's side kept.
 * @example agreementParties(facts, ceasefire) // actor1 Armenia (Combatant1), actor2 Azerbaijan (Combatant2)
 */
function agreementParties(facts: Facts, draft: EventDraft): void {
  // "a humanitarian corridor for civilians": those it is for are no party to it
  const civilians = (id: string | null): boolean => facts.entity.get(id ?? '')?.kind === 'civilians';
  if (civilians(draft.actor1)) {
    draft.actor1 = null;
    delete draft.provenance['actor1'];
  }
  if (civilians(draft.actor2)) {
    draft.actor2 = null;
    delete draft.provenance['actor2'];
  }
  const sides = infoboxSides(facts).filter((s) => s.members.some((m) => 'entity' in m && m.entity));
  if (sides.length !== 2) return;
  // "an agreement … reached with Russia": who it was reached with is the other party
  if (draft.actor1 === null && draft.actor2 === null) counterpart(facts, draft);
  const first = (side: (typeof sides)[number]) => side.members.find((m): m is Mention & { entity: string } => 'entity' in m && m.entity !== null);
  const named = draft.actor1 ?? draft.actor2;
  const own = named === null ? sides[0] : sides.find((s) => s.members.some((m) => 'entity' in m && (m.entity === named || m.entity === sideOf(facts, named))));
  const other = sides.find((s) => s !== own);
  if (!own || !other) return;
  // "city authorities began negotiations with Russian forces": the party named as the other one stays
  // actor2, and the side it negotiated with is actor1
  const order = draft.actor1 === null && draft.actor2 !== null ? ([['actor1', other], ['actor2', own]] as const) : ([['actor1', own], ['actor2', other]] as const);
  for (const [field, side] of order) {
    const member = first(side);
    if (draft[field] !== null || !member || member.entity === draft.actor1 || member.entity === draft.actor2) continue;
    draft[field] = member.entity;
    draft.inherited.add(field);
    draft.provenance[field] = { article: facts.article.id, span: member.span, from: `infobox:${side.field.label}` };
  }
}

// The party after "with" in an agreement's sentence ("reached with Russia", "agreed with the Ukrainian authorities").
function counterpart(facts: Facts, draft: EventDraft): void {
  const sentence = draft.sentences[0];
  if (sentence === undefined) return;
  const parties = (facts.bySentence.get(sentence) ?? []).filter((m) => 'entity' in m && m.entity && /\bwith\s+(?:the\s+)?$/i.test(facts.article.text.slice(Math.max(0, m.span.start - 10), m.span.start)));
  for (const m of parties) {
    const entity = facts.entity.get('entity' in m ? (m.entity ?? '') : '');
    const state = entity?.precision === 'country' ? stateOfCountry(facts, entity.country) : entity;
    if (!state || !['state', 'armed_group'].includes(state.kind)) continue;
    draft.actor2 = state.id;
    draft.provenance['actor2'] = { article: facts.article.id, span: m.span, from: 'prose' };
    return;
  }
}

/**
 * Whether the infobox lists two actors (or the states their units serve) on one side.
 * @example onOneSide(facts, franceId, maliId) === true // Operation Serval: France · Mali vs the jihadists
 */
export function onOneSide(facts: Facts, a: string | null, b: string | null): boolean {
  if (a === null || b === null) return false;
  const ids = (id: string): string[] => [id, sideOf(facts, id) ?? id];
  return infoboxSides(facts).some((side) => {
    const members = new Set(side.members.map((m) => ('entity' in m ? m.entity : null)));
    return ids(a).some((id) => members.has(id)) && ids(b).some((id) => members.has(id));
  });
}

/**
 * A fight told as "between" two sides gives no order (ACLED's actor order means nothing in a clash):
 * its actors take the infobox's, the first listed side's actor first, so one fight reads the same way
 * however a sentence names it ("clashes between the SDF and government forces" under "Combatant1:
 * Syrian government" is Syria → SDF). A side the infobox does not list comes after one it does.
 * @example orderedByInfobox(facts, clashBetweenSdfAndArmy) // actor1 Syria, actor2 SDF
 */
export function orderedByInfobox(facts: Facts, draft: EventDraft): void {
  if (!draft.unorderedSides || draft.sub_event_type !== 'Armed clash' || draft.actor1 === null || draft.actor2 === null) return;
  const sides = infoboxSides(facts);
  const column = (id: string): number => {
    const i = sides.findIndex((side) => side.members.some((m) => 'entity' in m && (m.entity === id || m.entity === sideOf(facts, id))));
    return i < 0 ? sides.length : i;
  };
  if (column(draft.actor2) >= column(draft.actor1)) return;
  [draft.actor1, draft.actor2] = [draft.actor2, draft.actor1];
  const [p1, p2] = [draft.provenance['actor1'], draft.provenance['actor2']];
  if (p2) draft.provenance['actor1'] = p2; else delete draft.provenance['actor1'];
  if (p1) draft.provenance['actor2'] = p1; else delete draft.provenance['actor2'];
}

/**
 * The side an actor stands for: a unit's state, else the actor itself.
 * @example sideOf(facts, idOf22ndArmyCorps) // Russia's entity id
 */
export function sideOf(facts: Facts, id: string | null): string | null {
  return standsFor(facts, id, null);
}

/**
 * The actor ACLED names for an event's actor: a unit's state ("Military Forces of Russia" with its
 * 22nd Army Corps) — its stated allegiance, else the state its opponent fights — else the actor itself.
 * @example standsFor(facts, idOf49thArmy, ukraineId) // Russia's entity id
 */
export function standsFor(facts: Facts, id: string | null, opponent: string | null): string | null {
  const unit = id ? facts.entity.get(id) : undefined;
  if (unit?.kind !== 'military_unit') return id;
  return unit.affiliation ?? (opponent !== null ? enemyState(facts, opponent) : null) ?? id;
}

/**
 * The state a unit of no stated allegiance fights for, from whom it fought: the first state of the
 * infobox side that does not hold its opponent ("the 49th Combined Arms Army" attacked by Ukraine
 * serves Russia). Null unless exactly one other side holds a state.
 * @example enemyState(facts, ukraineId) // Russia's entity id
 */
export function enemyState(facts: Facts, opponent: string | null): string | null {
  const foe = opponent ? facts.entity.get(opponent) : undefined;
  if (!foe || foe.kind === 'civilians') return null;
  const sides = infoboxSides(facts).map((s) => s.members.map((m) => ('entity' in m ? m.entity : null)).filter((e): e is string => e !== null));
  const isState = (id: string): boolean => facts.entity.get(id)?.kind === 'state';
  const own = sides.findIndex((ids) => ids.includes(foe.id));
  // an opponent the infobox does not list: a non-state group fights the side that holds a state
  const others = sides.filter((ids, i) => (own >= 0 ? i !== own : foe.kind !== 'state') && ids.some(isState));
  return others.length === 1 ? (others[0]?.find(isState) ?? null) : null;
}

// The infobox's sides: a conflict's combatant columns; an attack's perpetrators, then its targets.
const SIDE_FIELD = /^(?:combatant\d|perpetrators?|attackers?|assailants?|targets?|victims?)$/;
const ATTACKER_FIELD = /^(?:perpetrators?|attackers?|assailants?)$/;

/**
 * The infobox's sides with the entities each names, attackers first for an attack's infobox.
 * @example infoboxSides(facts).map((s) => s.field.label) // ['Combatant1', 'Combatant2']
 */
export function infoboxSides(facts: Facts): { field: InfoboxField; members: Mention[] }[] {
  return (facts.article.infobox?.fields ?? [])
    .filter((f) => SIDE_FIELD.test(f.key))
    .sort((a, b) => Number(ATTACKER_FIELD.test(b.key)) - Number(ATTACKER_FIELD.test(a.key)))
    .map((f) => ({
      field: f,
      members: facts.article.mentions.filter((m) => m.sentence === null && 'entity' in m && m.entity && m.span.start >= f.span.start && m.span.end <= f.span.end),
    }));
}

// "Turkish backed forces", "Iranian-backed militias", "pro-Russian separatists": a group named as backed by a
// state, or for it, is on its side
function backedBy(actor: Entity, state: Entity | undefined): boolean {
  if (!state) return false;
  const backer = /^(?:the\s+)?([\p{L}.\s]+?)[\s-]backed\b/iu.exec(actor.name)?.[1] ?? /^(?:the\s+)?pro-(\p{Lu}[\p{L}]+)/u.exec(actor.name)?.[1];
  if (backer === undefined) return false;
  if (state.country !== null && (countryOfDemonym(backer) ?? countryByName(backer)?.code) === state.country) return true;
  return [state.name, ...state.aliases.map((a) => a.text)].some((n) => n.toLowerCase() === backer.toLowerCase());
}

/**
 * Without infobox sides for the actor, the other side of a fight is the one it meets most in the
 * article's own words (`opponentsInProse`), else the actor of the other kind the article names most,
 * never one the infobox puts beside it: against an armed group the most-named state, against a state
 * (or its unit) the most-named armed group — or another state the article names far more often.
 */
function mainOpponent(facts: Facts, draft: EventDraft): void {
  // a unit of a state ("the 22nd Army Corps", "the Tiger Forces") fights as its state
  const actor = facts.entity.get(sideOf(facts, draft.actor1) ?? '');
  if (!actor || foughtWith(facts, draft)) return;
  const wanted = actor.kind === 'state' ? ['armed_group', 'state'] : actor.kind === 'armed_group' ? ['state'] : [];
  // never an ally: a group the infobox lists on the actor's own side ("Donetsk People's Republic" beside Russia)
  const ownSide = new Set(infoboxSides(facts).filter((s) => s.members.some((m) => 'entity' in m && m.entity === actor.id)).flatMap((s) => s.members.map((m) => ('entity' in m ? m.entity : null))));
  const counts = new Map<string, number>();
  const text = facts.article.text;
  for (const m of facts.article.mentions) {
    const id = 'entity' in m ? m.entity : null;
    const e = id ? facts.entity.get(id) : undefined;
    // ("according to the ISW", "the ISW assessed …": a body cited for the news is no side of the fight)
    if (m.sentence !== null && isSource(m as NameMention, text, 0, m.span.end + SOURCE_REACH)) continue;
    if (e && id && wanted.includes(e.kind) && id !== draft.actor1 && id !== actor.id && !ownSide.has(id) && !backedBy(actor, e)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const group = ranked.find(([id]) => facts.entity.get(id)?.kind === 'armed_group');
  const state = ranked.find(([id]) => facts.entity.get(id)?.kind === 'state');
  // a state meets another state only when the article names that state far more than any group: in a war
  // between states ("Russian forces" 28 times, "militia" twice) the other state, in a civil war its allies
  // (Iraq beside the United States against ISIL, 186 to 117) never
  const top = state && (!group || state[1] >= STATE_OVER_GROUP * group[1]) ? state : group;
  if (top) setOpponent(facts, draft, top[0], 'rule:main-opponent');
}

// The side an actor (or the state its unit serves) meets most in the article's fights (`opponentsInProse`), as the
// other side of a happening that names only it; whether there was one.
function foughtWith(facts: Facts, draft: EventDraft): boolean {
  const actor = facts.entity.get(sideOf(facts, draft.actor1) ?? '');
  const learned = actor ? facts.opponents?.get(actor.id) : undefined;
  if (!actor || learned === undefined || learned === draft.actor1 || backedBy(actor, facts.entity.get(learned))) return false;
  setOpponent(facts, draft, learned, 'rule:opponent-in-prose');
  return true;
}

/** How many times more often a state must be named than the most-named group to be a state's opponent. */
const STATE_OVER_GROUP = 3;

/** How far after a mention its reporting verb may stand ("the ISW, a think tank based in Washington, assessed"). */
const SOURCE_REACH = 80;

function setOpponent(facts: Facts, draft: EventDraft, id: string, rule: string): void {
  draft.actor2 = id;
  draft.inherited.add('actor2');
  const first = facts.article.mentions.find((m) => 'entity' in m && m.entity === id);
  if (first) draft.provenance['actor2'] = { article: facts.article.id, span: first.span, from: rule };
}

/**
 * Warplanes no one is named for ("killed by bombing from warplanes") fly for the state the conflict is
 * in when the article makes that state an actor: in a civil war the government has the air force.
 */
function airForceOf(facts: Facts, draft: EventDraft): void {
  // a state that strikes most in the article's own words flies over the place ("Turkish jets" in a Turkish
  // offensive in Syria); else the state of the place's country
  const striker = facts.entity.get(sideOf(facts, facts.mainFight?.get('Explosions/Remote violence')?.attacker.actor1 ?? null) ?? '');
  const place = facts.entity.get(draft.location ?? '');
  const state = striker?.kind === 'state' ? striker : facts.article.entities.find((e) => e.kind === 'state' && place?.country && e.country === place.country);
  if (!state) return;
  draft.actor1 = state.id;
  draft.inherited.add('actor1');
  const first = facts.article.mentions.find((m) => 'entity' in m && m.entity === state.id);
  if (first) draft.provenance['actor1'] = { article: facts.article.id, span: first.span, from: 'rule:air-force-of-state' };
}

/**
 * Whether the infobox puts a state on one side with the state of a country ("French forces captured the
 * airport at Gao", France beside Mali): its forces there act for that country's government.
 * @example alliedWith(facts, france, 'ML') === true
 */
export function alliedWith(facts: Facts, state: Entity, country: string): boolean {
  return infoboxSides(facts).some((side) => {
    const states = side.members.map((m) => facts.entity.get(('entity' in m && m.entity) || '')).filter((e) => e?.kind === 'state');
    return states.some((e) => e?.id === state.id) && states.some((e) => e?.country === country);
  });
}
