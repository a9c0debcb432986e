import { wholeNumber } from '../numberOption.js';
import type { CommandContext } from './registry.js';
import type { EventFlags } from './runEvents.js';

/**
 * `annals events [filters] [--json] [--linked]`: events from the store, one per line (`--linked`: one per
 * happening across articles, with its sources); `--json` prints each as `/api/events` lists it: the
 * JSON contract's event with its store-wide `uid` beside its article's `id`, actors and place
 * expanded, its article and its evidence words.
 */
export function registerEvents({ program, setStatus }: CommandContext): void {
  program
    .command('events')
    .description('list stored events, filtered; --json prints one event per line with actors, place, article and evidence expanded')
    .option('--db <db>', 'a PGlite data folder or a postgres:// URL (default: $ANNALS_DB, else .annals/)')
    .option('--actor <name>', 'an actor by name or alias')
    .option('--type <type>', 'an ACLED event type or sub-event type')
    .option('--country <country>', 'ISO alpha-2 code or country name of the place')
    .option('--from <date>', 'events overlapping this ISO date or later')
    .option('--to <date>', 'events overlapping this ISO date or earlier')
    .option('--bbox <w,s,e,n>', 'a bounding box in degrees')
    .option('--q <text>', 'full-text search over notes and evidence')
    .option('--conflict <name>', 'a conflict by name or id (annals conflicts): its events and those of every conflict under it')
    .option('--limit <n>', 'at most this many events', wholeNumber(0))
    .option('--linked', 'linked events instead: one per happening, with every source article, number_of_sources and the fatality range')
    .option('--min-sources <n>', 'with --linked: only events described by at least this many articles', wholeNumber(1))
    .option('--json', 'one JSON document per event per line')
    .action(async (flags: EventFlags) => {
      // the store's and the exports' modules load when the command runs, not for `--help`
      const { runEvents } = await import('./runEvents.js');
      setStatus(await runEvents(flags));
    });
}
