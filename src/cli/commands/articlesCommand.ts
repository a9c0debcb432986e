import type { CommandContext } from './registry.js';

/** `annals articles [--json]`: the stored articles with their record counts. */
export function registerArticles({ program, setStatus }: CommandContext): void {
  program
    .command('articles')
    .description('list stored articles with their events, entities and movements')
    .option('--db <db>', 'a PGlite data folder or a postgres:// URL (default: $ANNALS_DB, else .annals/)')
    .option('--json', 'one JSON document per article per line')
    .action(async (flags: { db?: string; json?: boolean }) => {
      // the store's modules load when the command runs, not for `--help`
      const { runArticles } = await import('./runArticles.js');
      setStatus(await runArticles(flags));
    });
}
