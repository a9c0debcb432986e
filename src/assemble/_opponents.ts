import type { EventDraft } from './_draft.js';
import type { Facts } from './_facts.js';
import { sideOf } from './_sides.js';

const FIGHTING = new Set(['Battles', 'Explosions/Remote violence']);

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
