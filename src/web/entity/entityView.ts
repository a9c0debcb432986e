import type { Map as LeafletMap } from 'leaflet';
import type { EventItem } from '../api.js';
import { formatInterval } from '../dates.js';
import { el } from '../dom.js';
import type { EntityDetail, EntityMember } from '../linkApi.js';
import { addBasemap } from '../map/basemap.js';
import { createMap } from '../map/createMap.js';
import { eventLayer } from '../map/eventLayer.js';
import { articleHref } from '../routes.js';
import { memberReason } from './memberReason.js';

// One article's name for the entity, why it belongs, and every way that article names it.
const memberItem = (m: EntityMember): HTMLElement =>
  el(
    'li',
    { class: 'member', 'data-rule': m.rule, 'data-article': m.article.id },
    el('div', {}, el('a', { href: articleHref(m.article.id) }, m.article.title), ': ', el('q', {}, m.name)),
    el('div', { class: 'member-reason' }, memberReason(m)),
    el('div', { class: 'member-aliases' }, m.aliases.map((a) => `${a.text} (${a.from})`).join(' · ')),
  );

const eventItem = (e: EventItem): HTMLElement =>
  el(
    'li',
    { 'data-uid': e.uid },
    `${formatInterval(e.date)} · ${e.sub_event_type} · ${e.location?.name ?? 'no place'} — `,
    el('a', { href: articleHref(e.article.id, e.id) }, e.article.title),
  );

/**
 * The entity page: its name and counts, each article's name for it with the rule and evidence that
 * merged it and that article's aliases, the articles, and its events on a map and in a list. Returns
 * the map, to be removed when the page is left.
 * @example const map = entityView(part, await getEntity('E5b0c3d2a11'), events); …; map.remove()
 */
export function entityView(container: HTMLElement, entity: EntityDetail, events: EventItem[]): LeafletMap {
  const articles = [...new Map(entity.members.map((m) => [m.article.id, m.article])).values()];
  const mapPart = el('div', { class: 'entity-map', 'aria-label': `map of the events naming ${entity.name}` });
  const facts = [entity.kind.replace('_', ' '), entity.country, entity.page === null ? null : `page: ${entity.page}`].filter((f) => f !== null).join(' · ');
  container.replaceChildren(
    el(
      'article',
      { class: 'entity-view', 'data-entity': entity.id },
      el('header', { class: 'article-header' }, el('a', { href: '#/', class: 'back' }, '← Map, timeline and table'), el('h2', {}, entity.name), el('div', { class: 'entity-facts' }, facts)),
      el('p', { class: 'entity-counts' }, `Named in ${entity.articles} article${entity.articles === 1 ? '' : 's'}, in ${entity.events} event${entity.events === 1 ? '' : 's'}.`),
      el('div', { class: 'entity-aliases' }, `Also called: ${entity.aliases.join(' · ')}`),
      el(
        'div',
        { class: 'entity-columns' },
        el('section', { class: 'entity-events-part' }, mapPart, el('h3', {}, `Events (${events.length})`), el('ol', { class: 'entity-events' }, ...events.map(eventItem))),
        el(
          'aside',
          { class: 'article-side' },
          el('h3', {}, 'Why these are one entity'),
          el('ol', { class: 'members' }, ...entity.members.map(memberItem)),
          el('h3', {}, `Articles (${articles.length})`),
          el('ul', { class: 'entity-articles' }, ...articles.map((a) => el('li', {}, el('a', { href: articleHref(a.id) }, a.title)))),
        ),
      ),
    ),
  );
  const map = createMap(mapPart);
  addBasemap(map).catch((error: unknown) => {
    const status = document.getElementById('status');
    if (status) status.textContent = `The basemap did not load: ${String(error)}`;
  });
  const layer = eventLayer(map, () => undefined);
  layer.update(events);
  layer.fit();
  return map;
}
