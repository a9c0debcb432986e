import type { LinkArticle } from '../store/index.js';

/**
 * Each article's place in a stable order, by key: its content hash, and its source only when two
 * sources hold the same bytes. Store keys depend on ingest order; these do not.
 * @example articleOrder(articles).get(1) // 'e5d55e2a91c6…'
 */
export function articleOrder(articles: readonly LinkArticle[]): Map<number, string> {
  const copies = new Map<string, number>();
  for (const a of articles) copies.set(a.id, (copies.get(a.id) ?? 0) + 1);
  return new Map(articles.map((a) => [a.key, (copies.get(a.id) ?? 0) > 1 ? `${a.id}@${a.source}` : a.id]));
}

/**
 * A record's place in that order: article, then its local id by number (e2 before e10).
 * @example recordOrder('e5d5…', 'v10') === 'e5d5…/v000010'
 */
export const recordOrder = (article: string, localId: string): string => `${article}/${localId.replace(/\d+/g, (n) => n.padStart(6, '0'))}`;
