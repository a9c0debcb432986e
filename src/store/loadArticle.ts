import type { Extraction } from '../model/index.js';
import type { Queryable } from './_backend.js';

/**
 * The article with this content hash, every record in its saved order: equal to what was saved.
 * Two sources with the same bytes are two stored articles; the first by source is returned.
 * @example (await loadArticle(db, 'e5d55e2a91c6…'))?.events.length === 4
 */
export async function loadArticle(db: Queryable, id: string): Promise<Extraction | null> {
  const rows = await db.query<Extraction>(
    `select a.id, a.title, a.format, a.source, a.text, a.infobox, a.sections, a.sentences, a.mentions,
       coalesce((select json_agg(r.json order by r.ordinal) from entities r where r.article_key = a.key), '[]'::json) as entities,
       coalesce((select json_agg(r.json order by r.ordinal) from events r where r.article_key = a.key), '[]'::json) as events,
       coalesce((select json_agg(r.json order by r.ordinal) from movements r where r.article_key = a.key), '[]'::json) as movements,
       coalesce((select json_agg(r.json order by r.seq) from checks r where r.article_key = a.key), '[]'::json) as checks
     from articles a where a.id = $1 order by a.source limit 1`,
    [id],
  );
  return rows[0] ?? null;
}
