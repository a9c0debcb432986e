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
