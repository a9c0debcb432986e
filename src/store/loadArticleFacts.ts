import type { Queryable } from './_backend.js';
import { conflictIndex } from './_conflictIndex.js';
import type { ArticleFacts } from './types.js';

interface FactsRow {
  key: number;
  id: string;
  title: string;
  source: string;
  stored_at: Date | string;
  conflict_field: string | null;
}

/**
 * What an export writes of the article an event comes from, beyond its title and source, in one
 * light query (no text, no records): when it was saved, its infobox's `conflict` field, and its place
 * in the conflict tree (after a link run).
 * @example await loadArticleFacts(db, 'fixtures/articles/Bombardment_of_Gao.txt') // { stored_at: '2025-…Z', conflict_field: 'Bombardment of Gao', conflict: { name: 'Bombardment of Gao', path: [{ name: 'Mali War' }, …] }, … }
 */
export async function loadArticleFacts(db: Queryable, source: string): Promise<ArticleFacts | null> {
  const [row] = await db.query<FactsRow>(
    `select a.key, a.id, a.title, a.source, a.stored_at,
       (select f->>'value' from json_array_elements(a.infobox->'fields') with ordinality as x(f, n) where f->>'key' = 'conflict' order by n limit 1) as conflict_field
     from articles a where a.source = $1`,
    [source],
  );
  if (!row) return null;
  const { key, stored_at, ...facts } = row;
  return { ...facts, stored_at: new Date(stored_at).toISOString(), conflict: (await conflictIndex(db, [key])).pathOf(key) };
}
