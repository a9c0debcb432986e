import type { Queryable } from './_backend.js';
import type { ArticleFacts } from './types.js';

interface FactsRow {
  id: string;
  title: string;
  source: string;
  stored_at: Date | string;
  conflict_field: string | null;
  path: { id: string; name: string }[] | null;
}

// One query: the article's row, its infobox's conflict field, and its conflict with the ancestors, root
// first, by parent links (not the whole tree; the depth bound only guards against a hand-edited cycle).
const FACTS = `
  with recursive up (id, name, parent_id, depth) as (
    select c.id, c.name, c.parent_id, 0 from articles a
      join conflict_articles ca on ca.article_key = a.key join conflicts c on c.id = ca.conflict_id where a.source = $1
    union all
    select p.id, p.name, p.parent_id, up.depth + 1 from up join conflicts p on p.id = up.parent_id where up.depth < 64
  )
  select a.id, a.title, a.source, a.stored_at,
    (select f->>'value' from json_array_elements(a.infobox->'fields') with ordinality as x(f, n) where f->>'key' = 'conflict' order by n limit 1) as conflict_field,
    (select json_agg(json_build_object('id', up.id, 'name', up.name) order by up.depth desc) from up) as path
  from articles a where a.source = $1`;

/**
 * What an export writes of the article an event comes from, beyond its title and source, in one
 * light query (no text, no records, not the whole conflict tree): when it was saved, its infobox's
 * `conflict` field, and its conflict with the ancestors, root first (after a link run).
 * @example await loadArticleFacts(db, 'fixtures/articles/Bombardment_of_Gao.txt') // { stored_at: '2025-…Z', conflict_field: 'Bombardment of Gao', conflict: { name: 'Bombardment of Gao', path: [{ name: 'Mali War' }, …] }, … }
 */
export async function loadArticleFacts(db: Queryable, source: string): Promise<ArticleFacts | null> {
  const [row] = await db.query<FactsRow>(FACTS, [source]);
  if (!row) return null;
  const { stored_at, path, ...facts } = row;
  const own = path?.at(-1);
  return { ...facts, stored_at: new Date(stored_at).toISOString(), conflict: path && own ? { id: own.id, name: own.name, path } : null };
}
