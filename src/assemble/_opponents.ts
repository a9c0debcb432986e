import type { EventDraft } from './_draft.js';
import type { Facts } from './_facts.js';
import { FIGHTING, sideOf } from './_sides.js';


/**
 * Pass 5a (who fights whom in this article): for each side, the side it meets most often in fights
 * whose words name both actors ("Ukrainian forces shelled Russian positions"). A fight that names only
 * its actor then takes that opponent, learned from the article itself, before any count of names
 * (which would pick an ally: "special forces and partisans were responsible" beside Ukraine).
 * @example opponentsInProse(facts, drafts).get(ukraineId) // Russia's entity id
 */
export function opponentsInProse(facts: Facts, drafts: readonly EventDraft[]): Map<string, string> {
  const met = new Map<string, Map<string, number>>();
  const count = (a: string, b: string): void => {
    const row = met.get(a) ?? new Map<string, number>();
    row.set(b, (row.get(b) ?? 0) + 1);
    met.set(a, row);
  };
  for (const d of drafts) {
    if (!FIGHTING.has(d.event_type) || d.provenance['actor1']?.from !== 'prose' || d.provenance['actor2']?.from !== 'prose') continue;
    const a = sideOf(facts, d.actor1);
    const b = sideOf(facts, d.actor2);
    if (a === null || b === null || a === b || facts.entity.get(b)?.kind === 'civilians') continue;
    count(a, b);
    count(b, a);
  }
  const opponents = new Map<string, string>();
  for (const [side, row] of met) {
    const [top, second] = [...row.entries()].sort((x, y) => y[1] - x[1]);
    // a tie says nothing of who the main enemy is
    if (top && (!second || top[1] > second[1])) opponents.set(side, top[0]);
  }
  return opponents;
}

/** Who attacks whom in the article's words, for one kind of event: the side acting most, its opponent, and the draft that first names it acting. */
export interface MainFight {
  attacker: EventDraft;
  defender: string;
}

/**
 * Pass 5a (who attacks whom in this article): per event type, the side named as the actor of more such
 * events than any other (shellings: who shells; battles: who attacks and takes places), against its
 * opponent in prose; for a type no side leads, the lead over all fights. A side leads only when it
 * acts at least twice and no other acts as often.
 * @example mainFight(facts, drafts, opponents).get('Explosions/Remote violence')?.defender // Ukraine, where Russian forces shell five times and Ukrainian ones twice
 */
export function mainFight(facts: Facts, drafts: readonly EventDraft[], opponents: ReadonlyMap<string, string>): Map<string, MainFight> {
  const acts = new Map<string, Map<string, EventDraft[]>>();
  const add = (kind: string, side: string, d: EventDraft): void => {
    const row = acts.get(kind) ?? new Map<string, EventDraft[]>();
    row.set(side, [...(row.get(side) ?? []), d]);
    acts.set(kind, row);
  };
  for (const d of drafts) {
    if (!FIGHTING.has(d.event_type) || d.provenance['actor1']?.from !== 'prose') continue;
    const a = sideOf(facts, d.actor1);
    if (a === null || !opponents.has(a)) continue;
    add(d.event_type, a, d);
    add('all', a, d);
  }
  const fights = new Map<string, MainFight>();
  for (const [kind, row] of acts) {
    const [top, second] = [...row.entries()].sort((x, y) => y[1].length - x[1].length);
    const defender = top ? opponents.get(top[0]) : undefined;
    const first = top?.[1][0];
    // one fight is no pattern of the article's
    if (first && defender && top[1].length >= 2 && !(second && second[1].length === top[1].length)) fights.set(kind, { attacker: first, defender });
  }
  return fights;
}

/**
 * The main fight for an event: its own type's, else the one over all fights.
 * @example fightOf(facts, shelling)?.defender // Ukraine's entity id
 */
export function fightOf(facts: Facts, draft: EventDraft): MainFight | undefined {
  return facts.mainFight?.get(draft.event_type) ?? facts.mainFight?.get('all');
}
