/** Where the UI is: the overview (map, timeline, table) or one article, maybe with an event in focus. */
export type Route = { view: 'overview' } | { view: 'article'; id: string; focus: string | null };

/**
 * The in-page link to an article view, with a record (event or movement) in focus.
 * @example articleHref('e5d5…', 'v1') // '#/article/e5d5…/v1'
 */
export function articleHref(articleId: string, focus: string | null = null): string {
  return `#/article/${encodeURIComponent(articleId)}${focus === null ? '' : `/${encodeURIComponent(focus)}`}`;
}

/**
 * The route a location hash names; anything unknown is the overview.
 * @example parseRoute('#/article/e5d5…/v1') // { view: 'article', id: 'e5d5…', focus: 'v1' }
 */
export function parseRoute(hash: string): Route {
  const match = /^#\/article\/([^/]+)(?:\/([^/]+))?$/.exec(hash);
  if (!match?.[1]) return { view: 'overview' };
  return { view: 'article', id: decodeURIComponent(match[1]), focus: match[2] ? decodeURIComponent(match[2]) : null };
}
