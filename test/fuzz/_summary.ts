import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { slowest } from './_budget.js';
import { FUZZ_MODE, RUNS, SEED } from './_settings.js';

/**
 * In `npm run fuzz` (or with FUZZ_REPORT=1): each target's total CPU time and slowest input, the
 * inputs themselves written to $TMPDIR/annals-fuzz-slowest/ to replay.
 */
export function printSlowest(group: string): void {
  if (!FUZZ_MODE && process.env['FUZZ_REPORT'] === undefined) return;
  const folder = join(tmpdir(), 'annals-fuzz-slowest');
  mkdirSync(folder, { recursive: true });
  const rows = [...slowest].map(([target, { ms, input, total }]) => {
    writeFileSync(join(folder, `${target.replace(/[^\w.-]+/g, '_')}.txt`), input);
    const shown = input.length > 100 ? `${input.slice(0, 100)}… (${input.length} chars)` : input;
    return `  ${target.padEnd(32)} ${(total / 1000).toFixed(1).padStart(7)} s all, ${ms.toFixed(1).padStart(8)} ms slowest: ${JSON.stringify(shown)}`;
  });
  console.log(`fuzz ${group}: ${RUNS} cases per property, seed ${SEED}; CPU per target (slowest inputs in ${folder}):\n${rows.join('\n')}`);
  slowest.clear();
}
