import type { Queryable } from './_backend.js';
import type { ArticleSummary } from './types.js';

/**
 * Every stored article with its record counts, by title.
 * @example (await listArticles(db))[0] // { title: 'Bombardment of Gao', events: 4, entities: 29, … }
 */
export async function listArticles(db: Queryable): Promise<ArticleSummary[]> {
  const rows = await db.query<Omit<ArticleSummary, 'stored_at'> & { stored_at: Date }>(
    `select a.id, a.title, a.source, a.format, a.stored_at,
       (select count(*) from events r where r.article_key = a.key)::integer as events,
       (select count(*) from entities r where r.article_key = a.key)::integer as entities,
       (select count(*) from movements r where r.article_key = a.key)::integer as movements
     from articles a order by a.title, a.source`,
  );
  return rows.map((r) => ({ ...r, stored_at: new Date(r.stored_at).toISOString() }));
}
