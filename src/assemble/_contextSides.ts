import type { Span } from '../model/index.js';
import type { EventDraft } from './_draft.js';
import type { Facts } from './_facts.js';
import { FIGHTING, sideOf } from './_sides.js';
import { fightOf, type MainFight } from './_opponents.js';
import { UNCLAIMED } from './_unidentified.js';

const VIOLENT = new Set(['Battles', 'Explosions/Remote violence', 'Violence against civilians']);
// a siege is fought by two sides as a battle is ("Marinka was under siege")
const sided = (d: EventDraft): boolean => VIOLENT.has(d.event_type) || d.family === 'siege';

/**
 * Pass 5a (sides from context): a violent event whose words name neither side ("On 26 February,
 * fighting again broke out on the streets of Sumy", "two suicide bomber cars exploded in
 * Muwaffakiya") is fought by the sides of the latest violent event before it that named its own
 * actor, in its paragraph, else its section, else by the article's main fight (`mainFight`: who attacks
 * whom in most fights of its kind); each side taken says so in its provenance.
 * @example sidesFromContext(facts, fightingBrokeOut, earlier) // actor1 Russia, actor2 Ukraine, from the paragraph's attack
 */
export function sidesFromContext(facts: Facts, draft: EventDraft, earlier: readonly EventDraft[]): void {
  // civilians named in the words, or by the civilian-target rule just before (its entity is new to `facts`)
  const civilians = draft.actor2 !== null && (facts.entity.get(draft.actor2)?.kind === 'civilians' || draft.provenance['actor2']?.from === 'rule:civilian-target');
  if (draft.actor1 === null && civilians && FIGHTING.has(draft.event_type)) return strikerOfCivilians(facts, draft);
  if (draft.actor1 !== null || draft.actor2 !== null || !sided(draft)) return;
  const sentence = draft.sentences[0] ?? 0;
  const told = earlier.filter((d) => VIOLENT.has(d.event_type) && d.actor1 !== null && !d.inherited.has('actor1') && (d.sentences[0] ?? 0) < sentence);
  const inBlock = told.filter((d) => facts.blockOf[d.sentences[0] ?? -1] === facts.blockOf[sentence]).at(-1);
  const source = inBlock ?? told.filter((d) => facts.sectionOf[d.sentences[0] ?? -1] === facts.sectionOf[sentence]).at(-1);
  if (!source) return mainFightSides(facts, draft);
  // "a series of air-strikes on Harem" after the rebels' capture: the rebels fly no aircraft; who has an
  // air force is for the air-force rule (`fillOpposingSide`)
  const rule = inBlock ? 'rule:sides-from-paragraph' : 'rule:sides-from-section';
  // which of the source's sides each of this event's takes
  const from = reversedFight(facts, draft, source) || stateBomber(facts, draft, source) ? ({ actor1: 'actor2', actor2: 'actor1' } as const) : ({ actor1: 'actor1', actor2: 'actor2' } as const);
  if (!flies(facts, draft, source[from.actor1])) return;
  for (const field of ['actor1', 'actor2'] as const) {
    const id = source[from[field]];
    const span = source.provenance[from[field]]?.span;
    if (id !== null && span) takeSide(facts, draft, field, id, span, rule);
  }
}

// "fighting was reported in the streets of Sumy" after "Ukrainian forces destroyed a Russian column": a
// fight that names no one who began it takes its two sides from before it, the article's attacker first
// (who attacks whom in most of its fights), not the order of the last deed told
function reversedFight(facts: Facts, draft: EventDraft, source: EventDraft): boolean {
  const fight = fightOfItsKind(facts, draft);
  if (!fight || source.actor2 === null) return false;
  return sideOf(facts, source.actor1) === fight.defender && sideOf(facts, source.actor2) === sideOf(facts, fight.attacker.actor1);
}

// A clash takes the article's main fight; a shelling or strike only the main fight of strikes ("On 4 March, a new
// wave of shelling struck downtown Kyiv" after a Ukrainian attack is shelled by who shells in the article)
const FIRED = new Set(['Shelling/artillery/missile attack', 'Air/drone strike']);
function fightOfItsKind(facts: Facts, draft: EventDraft): MainFight | undefined {
  if (draft.event_type === 'Battles' && draft.sub_event_type === 'Armed clash') return fightOf(facts, draft);
  // (who plants a bomb is no one the count of who shells tells)
  return FIRED.has(draft.sub_event_type) ? facts.mainFight?.get(draft.event_type) : undefined;
}

// "two suicide bombers detonated their belts … near a group of Chadian soldiers" after a French advance: a
// suicide bomber is the non-state side's (ACLED's suicide bombs are armed groups'), never the state's it fought
function stateBomber(facts: Facts, draft: EventDraft, source: EventDraft): boolean {
  if (draft.sub_event_type !== 'Suicide bomb' || source.actor2 === null) return false;
  const kind = (id: string | null) => facts.entity.get(sideOf(facts, id) ?? '')?.kind;
  return kind(source.actor1) === 'state' && kind(source.actor2) !== 'state';
}

// "seven civilians … were killed by shelling", naming no one who shelled: who shells (or fights) in the
// article's fights of its kind; never an unclaimed bomb's, nor when two sides shell as often.
function strikerOfCivilians(facts: Facts, draft: EventDraft): void {
  if (UNCLAIMED.has(draft.sub_event_type)) return;
  const fight = fightOf(facts, draft);
  const span = fight?.attacker.provenance['actor1']?.span;
  const attacker = sideOf(facts, fight?.attacker.actor1 ?? null);
  if (!attacker || !span || !flies(facts, draft, attacker)) return;
  takeSide(facts, draft, 'actor1', attacker, span, 'rule:sides-of-main-fight');
}

// "At 22:45, a battle began in Kamiane", with nothing before it in its section naming a side: the
// sides of the article's fights of its kind, attacker first.
function mainFightSides(facts: Facts, draft: EventDraft): void {
  // an unclaimed bomb's perpetrator is said by no count of who fights most (`unidentifiedPerpetrator`),
  // nor who fired on protesters or civilians: only a fight or a siege has the article's two sides
  if (UNCLAIMED.has(draft.sub_event_type) || draft.event_type === 'Violence against civilians') return;
  const fight = fightOf(facts, draft);
  const span = fight?.attacker.provenance['actor1']?.span;
  if (!fight || fight.attacker.actor1 === null || !span || !flies(facts, draft, fight.attacker.actor1)) return;
  const defender = facts.article.mentions.find((m) => 'entity' in m && m.entity === fight.defender);
  const sides = [['actor1', sideOf(facts, fight.attacker.actor1), span], ['actor2', fight.defender, defender?.span]] as const;
  for (const [field, id, at] of sides) if (id !== null && at) takeSide(facts, draft, field, id, at, 'rule:sides-of-main-fight');
}

// A side taken from context: the actor, marked inherited, with the words that named it and the rule.
function takeSide(facts: Facts, draft: EventDraft, field: 'actor1' | 'actor2', id: string, span: Span, from: string): void {
  draft[field] = id;
  draft.inherited.add(field);
  draft.provenance[field] = { article: facts.article.id, span, from };
}

// Only a state's forces strike from the air, unless the words say otherwise (`_frames` reads who flew).
function flies(facts: Facts, draft: EventDraft, actor: string | null): boolean {
  if (draft.sub_event_type !== 'Air/drone strike') return true;
  const kind = facts.entity.get(sideOf(facts, actor) ?? '')?.kind;
  return kind === 'state' || kind === 'military_unit';
}
