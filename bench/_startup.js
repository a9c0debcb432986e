// CLI start-up from a cold process (a new node each time): `annals --help`, `--version`, and one
// seed-sized article extracted. Issue 20's targets: --help < 0.2 s, the article < 1 s, wall.
import { spawnSync } from 'node:child_process';
import { fixed, progress } from './_table.js';

const BIN = new URL('../bin/annals.js', import.meta.url).pathname;
const SEED = 'fixtures/articles/Bombardment_of_Gao.txt';
const sorted = (xs) => [...xs].sort((a, b) => a - b);

function wall(args) {
  const t0 = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [BIN, ...args], { stdio: ['ignore', 'ignore', 'ignore'] });
  if (run.status !== 0) throw new Error(`annals ${args.join(' ')} exited with ${run.status}`);
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

/**
 * Bench rows: median and best wall time of `runs` cold starts of each command, beside a bare `node -e 0`.
 * @example rows.push(...startupRows(5))
 */
export function startupRows(runs = Number(process.env.BENCH_STARTUP_RUNS ?? 7)) {
  progress(`CLI start-up: ${runs} cold runs of each`);
  const cases = [['node -e 0 (Node alone)', null, null], ['annals --help', ['--help'], 0.2], ['annals --version', ['--version'], 0.2], [`annals extract ${SEED}`, ['extract', SEED], 1]];
  const times = cases.map(() => []);
  // interleaved, so that the machine's load falls on every case alike
  for (let i = 0; i < runs; i++) {
    cases.forEach(([, args], k) => {
      if (args) times[k].push(wall(args));
      else {
        const t0 = process.hrtime.bigint();
        spawnSync(process.execPath, ['-e', '0']);
        times[k].push(Number(process.hrtime.bigint() - t0) / 1e9);
      }
    });
  }
  return cases.map(([name, , target], k) => {
    const s = sorted(times[k]);
    const median = s[Math.floor(s.length / 2)];
    return ['cli', 'cold process', name, fixed(median, 2), '', '', '', '', '', '', `median of ${runs}, best ${fixed(s[0], 2)} s${target ? `; target < ${target} s wall` : ''}`];
  });
}
