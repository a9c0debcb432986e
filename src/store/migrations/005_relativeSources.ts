/**
 * Before issue 19, an ingest of a folder named by its absolute path keyed its articles by that path
 * ("/home/me/data/corpus/Gao.txt"), which every export, the API and the UI show. Each such source is cut
 * to its last folder and file ("corpus/Gao.txt"; a dump page keeps "#<title>"), as an ingest of that
 * folder outside the working folder names it now. A name another article holds, or that two would
 * share, is left as it was. Linked events keep the old name until the next link run.
 */
export const relativeSources = String.raw`
with absolute as (
  select key, split_part(source, '#', 1) as path, substr(source, length(split_part(source, '#', 1)) + 1) as page
  from articles where source ~ '^([A-Za-z]:)?[/\\]'
), named as (
  select key, coalesce(substring(path from '([^/\\]+[/\\][^/\\]+)$'), substring(path from '([^/\\]+)$'), path) || page as source
  from absolute
), free as (
  select n.key, n.source from named n
  where not exists (select 1 from articles a where a.source = n.source)
    and (select count(*) from named m where m.source = n.source) = 1
)
update articles a set source = f.source from free f where a.key = f.key;
`;
