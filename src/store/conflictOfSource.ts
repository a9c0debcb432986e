import type { Queryable } from './_backend.js';
import { conflictIndex } from './_conflictIndex.js';
import type { ConflictPath } from './linkViews.js';

/**
 * The conflict an article is about and its ancestors, root first (a link run makes the tree). For
 * UCDP's `conflict_name`, take `path[0].name`, the war; `name` is the article's own conflict.
 * @example await conflictOfSource(db, 'fixtures/articles/Bombardment_of_Gao.txt') // { name: 'Bombardment of Gao', path: [{ name: 'Mali War' }, { name: 'Bombardment of Gao' }] }
 */
export async function conflictOfSource(db: Queryable, source: string): Promise<ConflictPath | null> {
  const [article] = await db.query<{ key: number }>('select key from articles where source = $1', [source]);
  if (!article) return null;
  return (await conflictIndex(db, [article.key])).pathOf(article.key);
}
