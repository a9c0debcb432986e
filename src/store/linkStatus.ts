import type { Queryable } from './_backend.js';
import type { LinkStatus } from './linkViews.js';

/**
 * When the store was last linked, and whether articles were saved or removed since (then the links
 * miss them until the next run).
 * @example await readLinkStatus(db) // { linked_at: '2025-…', stale: false, figures: { clusters: 4321, … } }
 */
export async function readLinkStatus(db: Queryable): Promise<LinkStatus> {
  const [row] = await db.query<{ linked_at: Date | null; stale: boolean; json: Record<string, number> | null }>(
    `select r.linked_at, coalesce(r.articles <> a.n or r.last_article_key is distinct from a.last, true) as stale, r.json
     from (select count(*)::integer as n, max(key) as last from articles) a left join link_runs r on r.id = 1`,
  );
  return { linked_at: row?.linked_at ? new Date(row.linked_at).toISOString() : null, stale: row?.stale ?? true, figures: row?.json ?? {} };
}
