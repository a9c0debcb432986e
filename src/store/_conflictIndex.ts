import type { Queryable } from './_backend.js';
import type { ConflictPath, ConflictRef } from './linkViews.js';

/** The conflict tree in memory: each article's conflict, and each conflict's path from its root. */
export interface ConflictIndex {
  refOf(articleKey: number): ConflictRef | null;
  pathOf(articleKey: number): ConflictPath | null;
}

/**
 * Reads the conflict tree (small: one node per conflict) for naming many events' conflicts.
 * @example (await conflictIndex(db)).refOf(1) // { id: 'C…', name: 'Bombardment of Gao', root: { id: 'C…', name: 'Mali War' } }
 */
export async function conflictIndex(db: Queryable, articleKeys?: readonly number[]): Promise<ConflictIndex> {
  const nodes = new Map((await db.query<{ id: string; name: string; parent_id: string | null }>('select id, name, parent_id from conflicts')).map((n) => [n.id, n]));
  const own = await db.query<{ article_key: number; conflict_id: string }>(
    articleKeys === undefined
      ? 'select article_key, conflict_id from conflict_articles'
      : 'select article_key, conflict_id from conflict_articles where article_key in (select (json_array_elements_text($1::json))::integer)',
    articleKeys === undefined ? [] : [JSON.stringify(articleKeys)],
  );
  const conflictOf = new Map(own.map((r) => [r.article_key, r.conflict_id]));
  const pathOf = (articleKey: number): ConflictPath | null => {
    const start = nodes.get(conflictOf.get(articleKey) ?? '');
    if (!start) return null;
    const path: { id: string; name: string }[] = [];
    // the tree is written without cycles; the bound only guards against a hand-edited one
    for (let at: typeof start | undefined = start; at && path.length <= nodes.size; at = nodes.get(at.parent_id ?? '')) path.unshift({ id: at.id, name: at.name });
    return { id: start.id, name: start.name, path };
  };
  return {
    pathOf,
    refOf: (articleKey) => {
      const found = pathOf(articleKey);
      const root = found?.path[0];
      return found && root ? { id: found.id, name: found.name, root } : null;
    },
  };
}
