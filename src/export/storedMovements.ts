import { AnnalsError } from '../model/index.js';
import type { ArticleSummary, EventFilter, Store } from '../store/index.js';
import { movementFilter } from './movementFilter.js';
import { movementRecord, type MovementRecord } from './movementRecord.js';

const notStored = (after: string): never => {
  throw new AnnalsError('usage', `after ${JSON.stringify(after)}`, 'not the id of a stored movement');
};

// The articles still to read: all of them, or those from the one holding `after` on.
function startAt(articles: readonly ArticleSummary[], after: string | undefined): ArticleSummary[] {
  if (after === undefined) return [...articles];
  const index = articles.findIndex((a) => after.startsWith(`${a.id}-`));
  return index < 0 ? notStored(after) : articles.slice(index);
}

/**
 * The movements a filter selects, article by article (by title, as `store.articles()` lists them),
 * each in its article's order; one article is held in memory at a time. `after` is the `uid` of the
 * last movement already read; `limit` caps how many are read; `conflict` keeps the movements of the
 * articles about that conflict and every conflict under it.
 * @example for await (const m of storedMovements(store, { actor: 'France' })) console.log(m.legs.map((l) => l.place.name))
 */
export async function* storedMovements(store: Store, filter: EventFilter = {}): AsyncGenerator<MovementRecord> {
  const keep = movementFilter(filter);
  let remaining = filter.limit ?? Number.POSITIVE_INFINITY;
  let skipping = filter.after;
  // the conflict narrows by article, as it does for events
  const articles = await store.articles(filter.conflict?.trim() ? { conflict: filter.conflict } : {});
  for (const summary of startAt(articles.filter((a) => a.movements > 0), filter.after)) {
    const x = await store.article(summary.id);
    const records = x ? x.movements.map((m) => movementRecord(x, m, summary)) : [];
    for (const record of records) {
      if (remaining <= 0) return;
      if (skipping !== undefined) {
        if (record.uid === skipping) skipping = undefined;
        continue;
      }
      if (!keep(record)) continue;
      remaining--;
      yield record;
    }
    if (skipping !== undefined) notStored(skipping);
  }
}
