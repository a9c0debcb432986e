import type { EntityRef } from '../api.js';
import { el } from '../dom.js';
import { entityHref } from '../routes.js';

/**
 * An article's entity by name, linking to its entity page: the same actor or place across every article.
 * @example actorLink(gaoStrike.actor2, gaoStrike.article.id) // <a href="#/entity/e5d5…-e5">MOJWA</a>
 */
export function actorLink(entity: Pick<EntityRef, 'id' | 'name'>, articleId: string): HTMLAnchorElement {
  return el('a', { href: entityHref(entity.id, articleId), class: 'entity-link', title: `${entity.name} across articles` }, entity.name);
}
