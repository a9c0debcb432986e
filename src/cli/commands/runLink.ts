import { linkStore } from '../../link/index.js';
import { isAnnalsError } from '../../model/index.js';
import { openStoreOrReport } from './_openStore.js';

/**
 * `annals link [--json]` once its flags are read: links the store's articles and prints what it made.
 * Returns the exit status (1: the store could not be opened or linked).
 * @example await runLink({ db: '.annals' })
 */
export async function runLink(flags: { db?: string; json?: boolean }): Promise<number> {
  const store = await openStoreOrReport(flags.db);
  if (!store) return 1;
  try {
    const s = await linkStore(store);
    process.stdout.write(
      flags.json
        ? `${JSON.stringify(s)}\n`
        : `${s.articles} articles: ${s.entities} entities → ${s.canonical_entities} canonical (${s.merged_entities} in more than one article); ` +
            `${s.events} events → ${s.clusters} linked events (${s.linked_clusters} with several sources); ${s.conflicts} conflicts; ${((s.total_ms ?? 0) / 1000).toFixed(1)} s\n`,
    );
    return 0;
  } catch (error) {
    if (!isAnnalsError(error)) throw error;
    process.stderr.write(`annals: link: ${error.message}\n`);
    return 1;
  } finally {
    await store.close();
  }
}
