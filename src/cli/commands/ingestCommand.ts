import { DATE_OPTION_HELP } from '../dateOption.js';
import { wholeNumber } from '../numberOption.js';
import type { CommandContext } from './registry.js';
import type { IngestFlags } from './runIngestCommand.js';

/**
 * `annals ingest PATH…`: files, folders and dumps into the store, on every core; prints the summary
 * (and, with `--json`, one JSON document). Exit 1 when any input had a problem or no article was read.
 */
export function registerIngest({ program, setStatus, verbose }: CommandContext): void {
  program
    .command('ingest')
    .description('extract files, folders and MediaWiki dumps (.xml, .xml.bz2, multistream) into the store; unchanged articles are skipped')
    .argument('[paths...]', 'files, folders (walked recursively) or dumps')
    .option('--db <db>', 'a PGlite data folder or a postgres:// URL (default: $ANNALS_DB, else .annals/)')
    .option('--queue <url>', 'enqueue the work on Redis (redis://host:port[?queue=name]) for `annals worker` processes instead')
    .option('--status', 'with --queue: job counts and failed jobs')
    .option('--threads <n>', 'worker threads (default: one per core, as many as fit in --memory)', wholeNumber(1))
    .option('--memory <mb>', 'the RSS in MB the default thread count is sized for (default 500)', wholeNumber(1))
    .option('--batch <n>', 'articles per transaction (default 32)', wholeNumber(1))
    .option('--json', 'print the summary as one JSON document')
    .option('--date <YYYY-MM-DD>', `${DATE_OPTION_HELP} (a file already stored unchanged is not extracted again)`)
    .action(async (paths: string[], flags: IngestFlags) => {
      // the ingest's, the queue's and the store's modules load when the command runs, not for `--help`
      const { runIngestCommand } = await import('./runIngestCommand.js');
      setStatus(await runIngestCommand(paths, flags, verbose()));
    });
}
