import type { CommandContext } from './registry.js';

/**
 * Registers `annals conflicts [--json]`: the conflict tree built from infobox `partof` fields, each
 * conflict with the events and dates of everything under it.
 * @example registerConflicts({ program, setStatus, verbose })
 */
export function registerConflicts({ program, setStatus }: CommandContext): void {
  program
    .command('conflicts')
    .description('the conflict tree from infobox "part of" fields (battles under offensives under wars) with event counts and date ranges')
    .option('--db <db>', 'a PGlite data folder or a postgres:// URL (default: $ANNALS_DB, else .annals/)')
    .option('--json', 'one JSON document per conflict per line (id, name, parent_id, depth, articles, events, dates)')
    .action(async (flags: { db?: string; json?: boolean }) => {
      // the store's modules load when the command runs, not for `--help`
      const { runConflicts } = await import('./runConflicts.js');
      setStatus(await runConflicts(flags));
    });
}
