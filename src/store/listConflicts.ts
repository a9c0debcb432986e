import type { Queryable } from './_backend.js';
import type { ConflictNode } from './linkViews.js';
import type { ArticleRef } from './types.js';

// Every conflict with everything under it (itself included), then the events of those conflicts' articles.
const CONFLICTS = `
  with recursive under(top, id) as (
    select id, id from conflicts
    union all select u.top, c.id from conflicts c join under u on c.parent_id = u.id)
  select c.id, c.name, c.parent_id, c.depth,
    coalesce((select json_agg(json_build_object('id', a.id, 'title', a.title, 'source', a.source) order by a.title, a.source)
       from conflict_articles ca join articles a on a.key = ca.article_key where ca.conflict_id = c.id), '[]'::json) as articles,
    coalesce(s.events, 0)::integer as events, s.date_start::text as date_start, s.date_end::text as date_end
  from conflicts c
  left join (
    select u.top, count(ev.id) as events, min(ev.date_start) as date_start, max(ev.date_end) as date_end
    from under u join conflict_articles ca on ca.conflict_id = u.id join events ev on ev.article_key = ca.article_key
    group by u.top) s on s.top = c.id
  order by c.depth, c.name, c.id`;

/**
 * The conflict tree (a link run makes it), widest conflicts first: each node with its own articles,
 * and the events and dates of its articles and of every conflict under it.
 * @example (await listConflicts(db)).find((c) => c.name === 'Mali War') // { depth: 0, events: 12, date_start: '2012-01-17', … }
 */
export async function listConflicts(db: Queryable): Promise<ConflictNode[]> {
  const rows = await db.query<Omit<ConflictNode, 'articles'> & { articles: ArticleRef[] }>(CONFLICTS);
  return rows;
}
