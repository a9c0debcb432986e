import { apiCall, openStoreOrReport } from './_openStore.js';
import { endOut, out } from '../stdout.js';

/**
 * `annals articles [--json]` once its flags are read: the stored articles with their record counts.
 * Returns the exit status (1: the store could not be opened).
 * @example await runArticles({ db: '.annals', json: true })
 */
export async function runArticles(flags: { db?: string; json?: boolean }): Promise<number> {
  const store = await openStoreOrReport(flags.db, apiCall('/api/articles'));
  if (!store) return 1;
  try {
    const articles = await store.articles();
    for (const a of articles) {
      out(flags.json ? `${JSON.stringify(a)}\n` : `${a.title}  ${a.events} events, ${a.entities} entities, ${a.movements} movements  (${a.format}, ${a.source})\n`);
    }
    await endOut();
    if (!flags.json) process.stderr.write(`annals: ${articles.length} articles in ${store.location}\n`);
    return 0;
  } finally {
    await store.close();
  }
}
