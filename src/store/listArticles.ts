import type { Queryable } from './_backend.js';
import { conflictIdsSql, conflictNameKey } from './_conflictSql.js';
import type { ArticleFilter, ArticleSummary } from './types.js';

/**
 * Every stored article with its record counts, by title; `conflict` keeps the articles about that
 * conflict (a name or id) and every conflict under it, as the event filter does.
 * @example (await listArticles(db))[0] // { title: 'Bombardment of Gao', events: 4, entities: 29, … }
 * @example (await listArticles(db, { conflict: 'Mali War' })).map((a) => a.title) // ['Battle of Boulikessi', 'Bombardment of Gao', …]
 */
export async function listArticles(db: Queryable, filter: ArticleFilter = {}): Promise<ArticleSummary[]> {
  const conflict = filter.conflict?.trim() ? conflictNameKey(filter.conflict) : undefined;
  const rows = await db.query<Omit<ArticleSummary, 'stored_at'> & { stored_at: Date }>(
    `select a.id, a.title, a.source, a.format, a.stored_at,
       (select count(*) from events r where r.article_key = a.key)::integer as events,
       (select count(*) from entities r where r.article_key = a.key)::integer as entities,
       (select count(*) from movements r where r.article_key = a.key)::integer as movements
     from articles a
     ${conflict === undefined ? '' : `where a.key in (select ca.article_key from conflict_articles ca where ca.conflict_id in (${conflictIdsSql('$1')}))`}
     order by a.title, a.source`,
    conflict === undefined ? [] : [conflict],
  );
  return rows.map((r) => ({ ...r, stored_at: new Date(r.stored_at).toISOString() }));
}
