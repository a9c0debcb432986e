import type { Store } from '../../src/store/index.js';

/** Everything a store holds that a reader can see, with the store's own keys (cursors, times) left out. */
export async function storeRows(store: Store): Promise<{ counts: unknown; events: string[]; articles: string[] }> {
  const events: string[] = [];
  for await (const event of store.events()) events.push(JSON.stringify({ ...event, cursor: undefined }));
  const articles = (await store.articles()).map((a) => JSON.stringify({ ...a, stored_at: undefined }));
  return { counts: await store.counts(), events: events.sort(), articles: articles.sort() };
}
