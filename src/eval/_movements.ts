import type { Entity, Movement } from '../model/index.js';
import type { GoldEntity, GoldLeg, GoldMovement } from './goldFile.js';
import { entityIndex, entityNames, nameKey, sharesName } from './_names.js';
import { emptyTally, type Tally } from './_tally.js';
import { valueMatches } from './_values.js';

type Leg = Movement['legs'][number];
type LegRight = (gold: GoldLeg, predicted: Leg) => boolean;

/**
 * Movement leg recall in order: each gold movement is paired one-to-one with the predicted movement
 * that gets most of its legs right; its route legs count by the longest common subsequence with the
 * predicted legs, a leg right when place, role and — where gold writes them — time and offset agree.
 * Gold legs with role `avoided` are looked for among the predicted movement's avoided places.
 * @example scoreMovements(gold.movements, gold.entities, predicted.movements, predicted.entities) // { hit: 8, total: 8 }
 */
export function scoreMovements(gold: readonly GoldMovement[], goldEntities: readonly GoldEntity[], predicted: readonly Movement[], entities: readonly Entity[]): Tally {
  const byId = entityIndex(entities);
  const legRight = legMatcher(goldEntities, byId);
  const scores = gold.flatMap((g) => predicted.map((p) => ({ gold: g, predicted: p, hit: legsRight(g, p, legRight, byId) })));
  scores.sort((a, b) => b.hit - a.hit);
  const tally = emptyTally();
  const used = new Set<Movement>();
  const paired = new Set<GoldMovement>();
  for (const s of scores) {
    if (paired.has(s.gold) || used.has(s.predicted)) continue;
    paired.add(s.gold);
    used.add(s.predicted);
    tally.hit += s.hit;
  }
  for (const g of gold) tally.total += g.legs.length;
  return tally;
}

function legsRight(gold: GoldMovement, predicted: Movement, legRight: LegRight, byId: ReadonlyMap<string, Entity>): number {
  const route = gold.legs.filter((l) => l.role !== 'avoided');
  const avoidedNames = new Set(predicted.avoided.flatMap((id) => [...entityNames(byId.get(id))]));
  const avoided = gold.legs.filter((l) => l.role === 'avoided' && avoidedNames.has(nameKey(l.place)));
  return longestCommonSubsequence(route, predicted.legs, legRight) + avoided.length;
}

// A gold place is known by its own word and by the aliases gold gives the entity of that name.
function legMatcher(goldEntities: readonly GoldEntity[], byId: ReadonlyMap<string, Entity>): LegRight {
  const aliases = new Map(goldEntities.map((e) => [nameKey(e.name), e.aliases.map(nameKey)]));
  return (gold, predicted) => {
    const goldPlace = new Set([nameKey(gold.place), ...(aliases.get(nameKey(gold.place)) ?? [])]);
    if (gold.role !== predicted.role || !sharesName(goldPlace, entityNames(byId.get(predicted.place)))) return false;
    if (gold.time !== undefined && gold.time !== predicted.time) return false;
    const offset = predicted.offset_hours;
    return gold.offset_hours === undefined || valueMatches(gold.offset_hours, offset?.best ?? offset?.low ?? null);
  };
}

function longestCommonSubsequence<A, B>(a: readonly A[], b: readonly B[], same: (x: A, y: B) => boolean): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    const row = [0];
    b.forEach((y, j) => row.push(same(x, y) ? (previous[j] ?? 0) + 1 : Math.max(previous[j + 1] ?? 0, row[j] ?? 0)));
    previous = row;
  }
  return previous[b.length] ?? 0;
}
