import { spanText, type Check } from '../model/index.js';
import type { ArticleRef, Store } from '../store/index.js';
import { ApiError, clip } from './apiError.js';

/** An infobox check with the words that decided it and the article it is about. */
export type CheckItem = Check & { uid: string; evidence_text: string | null; article: ArticleRef };

export interface CheckFilter {
  verdict?: Check['verdict'];
  /** One article's content hash. */
  article?: string;
  /** The `uid` of the last check already read. */
  after?: string;
}

/**
 * Every stored infobox check a filter keeps, article by article (by title), one article in memory
 * at a time; each named `<article id>-c<n>` (n from 1 in its article).
 * @example for await (const c of storedChecks(store, { verdict: 'contradicts' })) console.log(c.field, c.reason)
 */
export async function* storedChecks(store: Store, filter: CheckFilter = {}): AsyncGenerator<CheckItem> {
  const articles = (await store.articles()).filter((a) => filter.article === undefined || a.id === filter.article);
  const { after } = filter;
  let start = 0;
  if (after !== undefined) {
    start = articles.findIndex((a) => after.startsWith(`${a.id}-c`));
    if (start < 0) throw new ApiError('bad_request', `after ${JSON.stringify(clip(after))}: not the id of a stored check`);
  }
  let skipping = after !== undefined;
  for (const summary of articles.slice(start)) {
    const x = await store.article(summary.id);
    const article = { id: summary.id, title: summary.title, source: summary.source };
    for (const [index, check] of (x?.checks ?? []).entries()) {
      const uid = `${summary.id}-c${index + 1}`;
      if (skipping) {
        skipping = uid !== after;
        continue;
      }
      if (filter.verdict !== undefined && check.verdict !== filter.verdict) continue;
      yield { ...check, uid, evidence_text: x && check.evidence ? spanText(x.text, check.evidence) : null, article };
    }
    if (skipping) throw new ApiError('bad_request', `after ${JSON.stringify(clip(after ?? ''))}: not the id of a stored check`);
  }
}
