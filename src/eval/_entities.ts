import type { Entity } from '../model/index.js';
import type { GoldEntity } from './goldFile.js';
import { entityNames, goldNames, nameKey, sharesName } from './_names.js';
import { count, emptyTally, type Tally } from './_tally.js';

export interface EntityTallies {
  entities: Tally;
  aliases: Tally;
}

/**
 * Entity recall: each gold entity paired one-to-one with a predicted entity sharing a name, best
 * pairs first (same kind, then canonical name equal); a city merged into its region thus finds
 * only one of the two. Alias recall: the share of gold aliases among the paired entity's names.
 * @example scoreEntities(gold.entities, predicted.entities) // { entities: { hit: 21, total: 22 }, aliases: { hit: 7, total: 9 } }
 */
export function scoreEntities(gold: readonly GoldEntity[], predicted: readonly Entity[]): EntityTallies {
  const pairs = pairEntities(gold, predicted);
  const tallies: EntityTallies = { entities: emptyTally(), aliases: emptyTally() };
  for (const g of gold) {
    const match = pairs.get(g);
    count(tallies.entities, match !== undefined);
    const names = entityNames(match);
    for (const alias of g.aliases) count(tallies.aliases, names.has(nameKey(alias)));
  }
  return tallies;
}

function pairEntities(gold: readonly GoldEntity[], predicted: readonly Entity[]): Map<GoldEntity, Entity> {
  const candidates: { gold: GoldEntity; predicted: Entity; rank: number }[] = [];
  for (const g of gold) {
    const names = goldNames(g.name, g.aliases);
    for (const p of predicted) {
      if (!sharesName(names, entityNames(p))) continue;
      const rank = (p.kind === g.kind ? 2 : 0) + (nameKey(p.name) === nameKey(g.name) ? 1 : 0);
      candidates.push({ gold: g, predicted: p, rank });
    }
  }
  candidates.sort((a, b) => b.rank - a.rank);
  const pairs = new Map<GoldEntity, Entity>();
  const used = new Set<Entity>();
  for (const c of candidates) {
    if (pairs.has(c.gold) || used.has(c.predicted)) continue;
    pairs.set(c.gold, c.predicted);
    used.add(c.predicted);
  }
  return pairs;
}
