import type { Article } from '../api.js';
import { el } from '../dom.js';
import { actorLink } from '../entity/actorLink.js';
import { alsoDescribedIn } from '../linked/alsoDescribedIn.js';

/**
 * For the event in focus: its actors and place, each linking to its entity page, and the other
 * articles that describe the same happening. Nothing for a movement or a check.
 * @example side.append(focusLinks(article, 'v1')) // France → MOJWA at Gao · Also described in (2 sources): Operation Serval …
 */
export function focusLinks(article: Article, ref: string): HTMLElement | null {
  const event = article.events.find((e) => e.id === ref);
  if (!event) return null;
  const entity = (id: string | null) => (id === null ? undefined : article.entities.find((e) => e.id === id));
  const [actor1, actor2, place] = [entity(event.actor1), entity(event.actor2), entity(event.location)];
  const actors = [actor1, actor2].flatMap((a) => (a ? [actorLink(a, article.id)] : []));
  return el(
    'section',
    { class: 'focus-links', 'data-ref': ref },
    el('h3', {}, `${event.sub_event_type} across articles`),
    el('div', { class: 'focus-actors' }, ...actors.flatMap((a, i) => (i === 0 ? [a] : [' → ', a])), place ? ' at ' : '', place ? actorLink(place, article.id) : null),
    alsoDescribedIn(`${article.id}-${ref}`),
  );
}
