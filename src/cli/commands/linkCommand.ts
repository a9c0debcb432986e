import { isAnnalsError } from '../../model/index.js';
import { linkStore } from '../../link/index.js';
import { openStoreOrReport } from './_openStore.js';
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
      const store = await openStoreOrReport(flags.db);
      if (!store) return setStatus(1);
      try {
        const s = await linkStore(store);
        process.stdout.write(
          flags.json
            ? `${JSON.stringify(s)}\n`
            : `${s.articles} articles: ${s.entities} entities → ${s.canonical_entities} canonical (${s.merged_entities} in more than one article); ` +
                `${s.events} events → ${s.clusters} linked events (${s.linked_clusters} with several sources); ${s.conflicts} conflicts; ${((s.total_ms ?? 0) / 1000).toFixed(1)} s\n`,
        );
        setStatus(0);
      } catch (error) {
        if (!isAnnalsError(error)) throw error;
        process.stderr.write(`annals: link: ${error.message}\n`);
        setStatus(1);
      } finally {
        await store.close();
      }
    });
}
