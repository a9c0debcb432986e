import { main } from './main.js';

/**
 * What `bin/annals.js` runs: `main`, its status as the exit code, and any error it did not expect as
 * one line (with its stack under `--verbose`) and status 1.
 * @example await runBinary(process.argv.slice(2))
 */
export async function runBinary(argv: readonly string[]): Promise<void> {
  try {
    process.exitCode = await main(argv);
  } catch (error) {
    process.stderr.write(`annals: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    if (argv.includes('--verbose') && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    process.exitCode = 1;
  }
}
