import type { Backend } from './_backend.js';
import { countRows } from './countRows.js';
import { listArticles } from './listArticles.js';
import { listEvents } from './listEvents.js';
import { loadArticle } from './loadArticle.js';
import { saveArticles } from './saveArticles.js';
import type { Store } from './types.js';

/**
 * The store's calls over an open, migrated connection (`openStore` makes one; tests wrap a backend).
 * @example const store = storeOn(backend); await store.counts()
 */
export function storeOn(backend: Backend): Store {
  return {
    kind: backend.kind,
    location: backend.location,
    saveArticles: (batch) => saveArticles(backend, batch),
    events: (filter) => listEvents(backend, filter),
    articles: () => listArticles(backend),
    article: (id) => loadArticle(backend, id),
    counts: () => countRows(backend),
    close: () => backend.close(),
  };
}
