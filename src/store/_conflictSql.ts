import { foldName } from '../resolve/gazetteer/index.js';

/**
 * A conflict's name as `conflict_names` keys it (src/link's nameKey): folded, no leading article.
 * @example conflictNameKey('the Mali War') === 'mali war'
 */
export const conflictNameKey = (name: string): string => foldName(name).replace(/^(?:the|a|an) /, '');

/**
 * Conflicts named `key` (a name or a conflict id) and every conflict under them, as a subquery of ids.
 * @example conflictIdsSql('$1') // 'with recursive sub(id) as (…) select id from sub'
 */
export const conflictIdsSql = (p: string): string => `with recursive sub(id) as (
    select c.id from conflicts c where lower(c.id) = ${p} or c.id in (select cn.conflict_id from conflict_names cn where cn.name_key = ${p})
    union select c.id from conflicts c join sub on c.parent_id = sub.id)
  select id from sub`;

/**
 * The condition on `ev` (events) for `--conflict`: events of articles about that conflict or any under it.
 * @example conflictCondition('$3') // "ev.article_key in (select ca.article_key from conflict_articles ca …)"
 */
export const conflictCondition = (p: string): string =>
  `ev.article_key in (select ca.article_key from conflict_articles ca where ca.conflict_id in (${conflictIdsSql(p)}))`;
