/**
 * Where the UI is: the overview (map, timeline, table), one article (maybe with an event in focus),
 * or one entity across articles.
 */
export type Route = { view: 'overview' } | { view: 'article'; id: string; focus: string | null } | { view: 'entity'; id: string };

/**
 * The in-page link to an article view, with a record (event or movement) in focus.
 * @example articleHref('e5d5…', 'v1') // '#/article/e5d5…/v1'
 */
export function articleHref(articleId: string, focus: string | null = null): string {
  return `#/article/${encodeURIComponent(articleId)}${focus === null ? '' : `/${encodeURIComponent(focus)}`}`;
}

/**
 * The in-page link to an entity across articles: by its canonical id, or by an article's entity
 * (`articleId` and the entity's id in it), which the API resolves to its canonical entity.
 * @example entityHref('E5b0c3d2a11') // '#/entity/E5b0c3d2a11'
 * @example entityHref('e5', 'e5d5…') // '#/entity/e5d5…-e5'
 */
export function entityHref(entityId: string, articleId: string | null = null): string {
  return `#/entity/${encodeURIComponent(articleId === null ? entityId : `${articleId}-${entityId}`)}`;
}

/**
 * The route a location hash names; anything unknown is the overview.
 * @example parseRoute('#/article/e5d5…/v1') // { view: 'article', id: 'e5d5…', focus: 'v1' }
 * @example parseRoute('#/entity/E5b0c3d2a11') // { view: 'entity', id: 'E5b0c3d2a11' }
 */
export function parseRoute(hash: string): Route {
  const entity = /^#\/entity\/([^/]+)$/.exec(hash);
  if (entity?.[1]) return { view: 'entity', id: decodeURIComponent(entity[1]) };
  const match = /^#\/article\/([^/]+)(?:\/([^/]+))?$/.exec(hash);
  if (!match?.[1]) return { view: 'overview' };
  return { view: 'article', id: decodeURIComponent(match[1]), focus: match[2] ? decodeURIComponent(match[2]) : null };
}
