import type { ArticleFacts, EventRecord, Store } from '../store/index.js';

/** Articles whose facts are kept while an export runs: the store streams events by date, across articles. */
const CACHED_ARTICLES = 512;

/**
 * Reads the facts of an event's article (`store.articleFacts`: saving time, conflict)
 * once per article, the last 512 kept, so memory stays flat however many articles a store holds.
 * @example (await (articleFactsReader(store))(gaoStrike))?.stored_at // '2025-12-07T04:05:00.000Z'
 */
export function articleFactsReader(store: Store): (event: EventRecord) => Promise<ArticleFacts | null> {
  const cache = new Map<string, Promise<ArticleFacts | null>>();
  return (event) => {
    const { source } = event.article;
    const found = cache.get(source) ?? store.articleFacts(source);
    // most recently used last: the first key is the one to let go
    cache.delete(source);
    if (cache.size >= CACHED_ARTICLES) cache.delete(cache.keys().next().value ?? '');
    cache.set(source, found);
    return found;
  };
}
