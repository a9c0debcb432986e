import { apiCall, openStoreOrReport } from './_openStore.js';
import type { CommandContext } from './registry.js';
import { endOut, out } from '../stdout.js';

/** `annals articles [--json]`: the stored articles with their record counts. */
export function registerArticles({ program, setStatus }: CommandContext): void {
  program
    .command('articles')
    .description('list stored articles with their events, entities and movements')
    .option('--db <db>', 'a PGlite data folder or a postgres:// URL (default: $ANNALS_DB, else .annals/)')
    .option('--json', 'one JSON document per article per line')
    .action(async (flags: { db?: string; json?: boolean }) => {
      const store = await openStoreOrReport(flags.db, apiCall('/api/articles'));
      if (!store) return setStatus(1);
      try {
        const articles = await store.articles();
        for (const a of articles) {
          out(flags.json ? `${JSON.stringify(a)}\n` : `${a.title}  ${a.events} events, ${a.entities} entities, ${a.movements} movements  (${a.format}, ${a.source})\n`);
        }
        await endOut();
        if (!flags.json) process.stderr.write(`annals: ${articles.length} articles in ${store.location}\n`);
        setStatus(0);
      } finally {
        await store.close();
      }
    });
}
