import { ApiError, clip } from './apiError.js';

/** A page of a list and where the next one starts. */
export interface Page<T> {
  items: T[];
  next: string | null;
}

/**
 * The first `limit` items of a stream read one past the page, so `next` is known without a count:
 * the key of the page's last item when more follow, else null.
 * @example await pageFrom(store.events({ limit: 101 }), 100, (e) => e.cursor) // { items: [100 events], next: 'WyIy…' }
 */
export async function pageFrom<T>(stream: AsyncIterable<T>, limit: number, key: (item: T) => string): Promise<Page<T>> {
  const items: T[] = [];
  for await (const item of stream) {
    if (items.length === limit) {
      const last = items.at(-1);
      return { items, next: last === undefined ? null : key(last) };
    }
    items.push(item);
  }
  return { items, next: null };
}

/**
 * The page of a list read whole (a small one) that follows the item keyed `after`; `next` is the key
 * of the page's last item when more follow. An `after` the list does not hold is a 400 naming `what`.
 * @example pageAfter(await store.conflicts(), 50, undefined, (n) => n.id, 'a conflict') // { items: [50 conflicts], next: 'C…' }
 */
export function pageAfter<T>(all: readonly T[], limit: number, after: string | undefined, key: (item: T) => string, what: string): Page<T> {
  const start = after === undefined ? 0 : all.findIndex((item) => key(item) === after) + 1;
  if (start === 0 && after !== undefined) throw new ApiError('bad_request', `after ${JSON.stringify(clip(after))}: not the id of ${what}`);
  const items = all.slice(start, start + limit);
  const last = items.at(-1);
  return { items, next: start + limit < all.length && last !== undefined ? key(last) : null };
}
