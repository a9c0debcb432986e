import type { Store } from '../../store/index.js';

/**
 * Says on stderr when the store's links miss articles saved since the last `annals link` (or it was
 * never linked), so that an empty or partial listing explains itself.
 * @example await warnIfStale(store) // "annals: links are older than the stored articles: run annals link"
 */
export async function warnIfStale(store: Store): Promise<void> {
  const status = await store.linkStatus();
  if (status.linked_at === null) process.stderr.write(`annals: ${store.location} was never linked: run annals link\n`);
  else if (status.stale) process.stderr.write(`annals: links (${status.linked_at}) are older than the stored articles: run annals link\n`);
}
