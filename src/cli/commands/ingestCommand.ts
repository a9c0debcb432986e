import { formatSummary, ingest } from '../../ingest/index.js';
import { isAnnalsError } from '../../model/index.js';
import { openStore } from '../../store/index.js';
import { ingestProgress } from '../ingestProgress.js';
import type { CommandContext } from './registry.js';

interface IngestFlags {
  db?: string;
  threads?: number;
  batch?: number;
  json?: boolean;
}

/**
 * `annals ingest PATH…`: files, folders and dumps into the store, on every core; prints the summary
 * (and, with `--json`, one JSON document). Exit 1 when any input had a problem.
 */
export function registerIngest({ program, setStatus, verbose }: CommandContext): void {
  program
    .command('ingest')
    .description('extract files, folders and MediaWiki dumps (.xml, .xml.bz2, multistream) into the store; unchanged articles are skipped')
    .argument('<paths...>', 'files, folders (walked recursively) or dumps')
    .option('--db <db>', 'a PGlite data folder or a postgres:// URL (default: $ANNALS_DB, else .annals/)')
    .option('--threads <n>', 'worker threads (default: every core)', Number)
    .option('--batch <n>', 'articles per transaction (default 32)', Number)
    .option('--json', 'print the summary as one JSON document')
    .action(async (paths: string[], flags: IngestFlags) => {
      setStatus(await runIngest(paths, flags, verbose()));
    });
}

async function runIngest(paths: string[], flags: IngestFlags, verbose: boolean): Promise<number> {
  let store;
  try {
    store = await openStore(flags.db);
  } catch (error) {
    process.stderr.write(`annals: ${flags.db ?? process.env.ANNALS_DB ?? '.annals'}: cannot open the store: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  const bar = ingestProgress();
  try {
    const summary = await ingest(paths, store, {
      ...(flags.threads ? { threads: flags.threads } : {}),
      ...(flags.batch ? { batchSize: flags.batch } : {}),
      onProgress: (s) => bar.update(s),
    });
    bar.done();
    for (const line of summary.errors) process.stderr.write(`annals: ${line}\n`);
    process.stdout.write(flags.json ? `${JSON.stringify({ store: store.location, ...summary })}\n` : `${formatSummary(summary)}\nstore: ${store.location}\n`);
    return summary.errors.length > 0 ? 1 : 0;
  } catch (error) {
    bar.done();
    if (!isAnnalsError(error) && !(error instanceof Error)) throw error;
    process.stderr.write(`annals: ingest failed: ${error.message}\n`);
    if (verbose && error.stack) process.stderr.write(`${error.stack}\n`);
    return 1;
  } finally {
    await store.close();
  }
}
