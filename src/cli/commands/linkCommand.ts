import type { CommandContext } from './registry.js';

/**
 * Registers `annals link [--db] [--json]`: links the store's articles (canonical entities, linked
 * events, the conflict tree) and prints what it made. Ingest runs it too; run it by hand after
 * ingesting with an older version or from workers.
 * @example registerLink({ program, setStatus, verbose })
 */
export function registerLink({ program, setStatus }: CommandContext): void {
  program
    .command('link')
    .description('link the stored articles: one entity across articles, one event across sources, the conflict tree (replaces the previous links)')
    .option('--db <db>', 'a PGlite data folder or a postgres:// URL (default: $ANNALS_DB, else .annals/)')
    .option('--json', 'the figures as one JSON document')
    .action(async (flags: { db?: string; json?: boolean }) => {
      // the linker and the store load when the command runs, not for `--help`
      const { runLink } = await import('./runLink.js');
      setStatus(await runLink(flags));
    });
}
