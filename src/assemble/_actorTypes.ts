import type { ActorType, Entity, Event } from '../model/index.js';
import type { Facts } from './_facts.js';
import { infoboxSides } from './_sides.js';

/**
 * Words in an armed group's name that say what kind of actor it is, whatever side it is on; the
 * first entry that matches decides. One entry per kind, with a corpus name it types.
 */
const TYPE_WORDS: readonly { type: ActorType; words: RegExp; example: string }[] = [
  // foreign missions, coalitions and hired forces act as external forces: "MINUSMA", "UN peacekeepers", "CJTF-OIR", "Wagner Group"
  { type: 'external', words: /\b(?:United Nations|UN|MINUSMA|MONUSCO|UNIFIL|AMISOM|peacekeep\w*|NATO|CJTF(?:-OIR)?|coalition|Wagner|PMC|private military|mercenar\w*|African Union|ECOWAS)\b/i, example: 'MINUSMA' },
  // groups that defend a community: "tribal fighters", "Dozo hunters", "self-defence groups"
  { type: 'identity_militia', words: /\b(?:tribal|tribes?|clans?|ethnic|communal|self-defen[cs]e|vigilantes?|dozos?)\b/i, example: 'tribal fighters' },
  // groups that serve a government: "pro-government militia", "loyalist fighters"
  { type: 'political_militia', words: /\b(?:pro-government|pro-regime|loyalists?|government-backed|state-backed)\b/i, example: 'pro-government militia' },
];

const BY_NAME: readonly { prefix: RegExp; type: ActorType }[] = [
  { prefix: /^Protesters\b/, type: 'protesters' },
  { prefix: /^Rioters\b/, type: 'rioters' },
];

/**
 * Pass 10 (actor types): what kind of actor each armed group, person and civilian group that acts in
 * an event is, as ACLED's actor types need it (exports' inter1, inter2, interaction). A state's units
 * are its forces; an armed group is what its name says (`TYPE_WORDS`), else a political militia when
 * the infobox lists it beside the state of the country the war is in, else rebels; a person acts as the
 * entity it serves; protesters and rioters are named so by the victims pass.
 * @example typeActors(facts, events, entities) // "pro-government militia" → political_militia, "FSA rebels" → rebels
 */
export function typeActors(facts: Facts, events: readonly Event[], entities: Entity[]): void {
  const acting = new Set(events.flatMap((e) => [e.actor1, e.actor2, ...e.assoc_actors]).filter((id): id is string => id !== null));
  const byId = new Map(entities.map((e) => [e.id, e]));
  const governmentSide = governmentAllies(facts);
  entities.forEach((entity, i) => {
    if (!acting.has(entity.id)) return;
    const type = actorType(entity, byId, governmentSide);
    if (type) entities[i] = { ...entity, actorType: type };
  });
}

function actorType(entity: Entity, byId: ReadonlyMap<string, Entity>, governmentSide: ReadonlySet<string>, depth = 0): ActorType | undefined {
  switch (entity.kind) {
    case 'state':
    case 'military_unit':
      return 'state_forces';
    case 'civilians':
      return BY_NAME.find((n) => n.prefix.test(entity.name))?.type ?? 'civilians';
    case 'armed_group':
      return TYPE_WORDS.find((t) => t.words.test(entity.name))?.type ?? (governmentSide.has(entity.id) ? 'political_militia' : 'rebels');
    case 'person': {
      const served = byId.get(entity.affiliation ?? '');
      return served && depth < 2 ? actorType(served, byId, governmentSide, depth + 1) : undefined;
    }
    case 'place':
      // "Ukraine recaptured the villages": a country named as who acted is its state
      return entity.precision === 'country' ? 'state_forces' : undefined;
    default:
      return undefined;
  }
}

// The armed groups an infobox lists on the side of the state whose country the war is fought in.
function governmentAllies(facts: Facts): Set<string> {
  const allies = new Set<string>();
  for (const side of infoboxSides(facts)) {
    const members = side.members.map((m) => facts.entity.get(('entity' in m && m.entity) || '')).filter((e): e is Entity => e !== undefined);
    if (!members.some((e) => e.kind === 'state' && e.country !== null && facts.conflictCountries.has(e.country))) continue;
    for (const e of members) if (e.kind === 'armed_group') allies.add(e.id);
  }
  return allies;
}
