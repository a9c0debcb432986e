import type { Store } from '../../src/store/index.js';

/** Everything a store holds that a reader can see, with the store's own keys (cursors) left out. */
export async function storeRows(store: Store): Promise<{ counts: unknown; events: string[]; articles: string[] }> {
  const events: string[] = [];
  for await (const { cursor: _cursor, ...event } of store.events()) events.push(JSON.stringify(event));
  const articles = (await store.articles()).map(({ stored_at: _at, ...a }) => JSON.stringify(a));
  return { counts: await store.counts(), events: events.sort(), articles: articles.sort() };
}
