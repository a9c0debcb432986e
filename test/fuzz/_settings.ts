/**
 * The fuzz tests (test/fuzz): fast-check properties and a mutation fuzzer over every reader and
 * recogniser, a catalogue of long runs at the sizes, one 50 MB line, and the regressions.
 *
 * - `npm test` runs every property at 1,000 cases with a fixed seed (about a minute of CPU).
 * - `npm run fuzz` is `FUZZ_RUNS=100000 vitest run test/fuzz`: 100,000 cases per property, runs
 *   at full size, the known-slow inputs too, and a table of each target's CPU time and slowest
 *   input (the inputs written to $TMPDIR/annals-fuzz-slowest/). Any count: FUZZ_RUNS=5000 npx vitest run test/fuzz.
 * - FC_SEED=random explores; a failure prints its seed and path to replay with FC_SEED=<seed>.
 * - FUZZ_BUDGET_MS (1000) is the CPU one input may take; FUZZ_WATCHDOG_MS (30000) the wall time
 *   after which a case counts as hung (_watchdog.ts); FUZZ_REPORT=1 prints the table in `npm test`.
 */
export const FUZZ_MODE = process.env['FUZZ_RUNS'] !== undefined;
export const RUNS = Number(process.env['FUZZ_RUNS'] ?? 1000);
export const SEED = process.env['FC_SEED'] === 'random' ? Date.now() : Number(process.env['FC_SEED'] ?? 20261124);

/** CPU time (process.cpuUsage, so a loaded machine's waiting is not counted) one input may take. */
export const BUDGET_MS = Number(process.env['FUZZ_BUDGET_MS'] ?? 1000);

/**
 * The longest runs of repeated text the generators make: the sizes (50,000 × "a ",
 * templates 10,000 deep) in `npm run fuzz`; a tenth of that in `npm test`, which keeps it within
 * its minute (the catalogue in runs.test.ts puts each of the runs through at full size once).
 */
export const MAX_REPEAT = FUZZ_MODE ? 50_000 : 5_000;
/**
 * The recognisers' inputs go through the segmenter first, which takes most of their time (its
 * time is quadratic in a token's length: wink-nlp's e-mail pattern, and /(\S+)\.$/ in
 * src/segment/sentences.ts); `npm test` keeps their runs shorter so that it stays within its minute.
 */
export const MAX_REPEAT_RECOGNISED = FUZZ_MODE ? 50_000 : 2_000;

/**
 * fast-check's options for one property: in `npm test`, a property still running after 150 s stops
 * and fails (with its last counterexample, if shrinking) before vitest's 180 s guard would.
 */
export function fcOptions(numRuns = RUNS): { numRuns: number; seed: number; interruptAfterTimeLimit?: number; markInterruptAsFailure: boolean } {
  return FUZZ_MODE ? { numRuns, seed: SEED, markInterruptAsFailure: true } : { numRuns, seed: SEED, interruptAfterTimeLimit: 150_000, markInterruptAsFailure: true };
}
/** The vitest timeout of a property's test: none in `npm run fuzz`, the configuration's otherwise. */
export const TEST_TIMEOUT = FUZZ_MODE ? 0 : undefined;
