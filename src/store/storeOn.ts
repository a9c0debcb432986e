import type { Backend } from './_backend.js';
import { conflictOfSource } from './conflictOfSource.js';
import { countRows } from './countRows.js';
import { readLinkStatus } from './linkStatus.js';
import { listCanonicalEntities } from './listCanonicalEntities.js';
import { listConflicts } from './listConflicts.js';
import { listLinkedEvents } from './listLinkedEvents.js';
import { loadCanonicalEntity } from './loadCanonicalEntity.js';
import { readLinkInputs } from './readLinkInputs.js';
import { saveLinks } from './saveLinks.js';
import { serveStore } from './serveStore.js';
import { listArticles } from './listArticles.js';
import { listEvents } from './listEvents.js';
import { loadArticle } from './loadArticle.js';
import { loadArticleFacts } from './loadArticleFacts.js';
import { saveArticles } from './saveArticles.js';
import { listWikiPlaces, listWikiSources } from './listWikiPlaces.js';
import { saveWikiFinds, startWikiSource } from './saveWikiFinds.js';
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
    articles: (filter) => listArticles(backend, filter),
    article: (id) => loadArticle(backend, id),
    articleFacts: (source) => loadArticleFacts(backend, source),
    counts: () => countRows(backend),
    close: () => backend.close(),
    // one snapshot for all three reads, so a concurrent ingest is seen whole or not at all
    linkInputs: () => backend.transaction(async (tx) => {
      await tx.query('set transaction isolation level repeatable read');
      return readLinkInputs(tx);
    }),
    saveLinks: (links) => saveLinks(backend, links),
    linkStatus: () => readLinkStatus(backend),
    entities: (filter) => listCanonicalEntities(backend, filter),
    entity: (id) => loadCanonicalEntity(backend, id),
    linkedEvents: (filter) => listLinkedEvents(backend, filter),
    conflicts: () => listConflicts(backend),
    conflictOf: (source) => conflictOfSource(backend, source),
    startWikiSource: (source) => startWikiSource(backend, source),
    saveWikiFinds: (source, finds) => saveWikiFinds(backend, source, finds),
    wikiPlaces: () => listWikiPlaces(backend),
    wikiSources: () => listWikiSources(backend),
    serve: (port) => serveStore(backend, port),
  };
}
