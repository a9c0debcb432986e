import type { Check } from '../model/index.js';
import type { GoldCheck } from './goldFile.js';
import { nameKey } from './_names.js';
import { count, emptyTally, type Tally } from './_tally.js';

/**
 * Check verdict accuracy: each gold check finds the predicted check on the same infobox field
 * (label, case-insensitive); it is right when the verdicts agree, wrong when they differ or the
 * field was not checked.
 * @example scoreChecks([{ field: 'Casualties2', infobox: '60+ killed', verdict: 'agrees' }], checks) // { hit: 1, total: 1 }
 */
export function scoreChecks(gold: readonly GoldCheck[], predicted: readonly Check[]): Tally {
  const byField = new Map<string, Check>();
  // The first check on a field stands; a second one on the same field is not a second chance.
  for (const check of predicted) if (!byField.has(nameKey(check.field))) byField.set(nameKey(check.field), check);
  const tally = emptyTally();
  for (const g of gold) count(tally, byField.get(nameKey(g.field))?.verdict === g.verdict);
  return tally;
}
