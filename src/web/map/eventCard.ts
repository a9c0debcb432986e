import type { EventItem } from '../api.js';
import { typeColour } from '../colours.js';
import { formatInterval } from '../dates.js';
import { el } from '../dom.js';
import { actorLink } from '../entity/actorLink.js';
import { alsoDescribedIn } from '../linked/alsoDescribedIn.js';
import { articleHref } from '../routes.js';

const deaths = (f: EventItem['fatalities']): string =>
  f.best === null ? '' : f.high !== null && f.high !== f.best ? `${f.best}–${f.high} killed` : `${f.best} killed`;

/**
 * What a marker's popup says about an event: type, date, who against whom (each linking to its
 * entity page), where, deaths, the first evidence words, a link to the article view with that
 * event's evidence highlighted, and the other articles that describe it (`onGrown` is called once
 * they are in).
 * @example marker.bindPopup(() => eventCard(gaoStrike, () => marker.getPopup()?.update()))
 */
export function eventCard(event: EventItem, onGrown?: () => void): HTMLElement {
  const swatch = el('span', { class: 'swatch' });
  swatch.style.backgroundColor = typeColour(event.event_type);
  const actors = [event.actor1, event.actor2].flatMap((a) => (a === null ? [] : [actorLink(a, event.article.id)]));
  const evidence = event.evidence[0]?.text ?? '';
  return el(
    'div',
    { class: 'event-card', 'data-uid': event.uid },
    el('div', { class: 'event-card-type' }, swatch, event.sub_event_type),
    el('div', { class: 'event-card-when' }, formatInterval(event.date), event.time ? ` ${event.time}` : '', ' · ', event.location?.name ?? 'no place'),
    actors.length === 0 ? null : el('div', { class: 'event-card-actors' }, ...actors.flatMap((a, i) => (i === 0 ? [a] : [' → ', a]))),
    deaths(event.fatalities) === '' ? null : el('div', { class: 'event-card-deaths' }, deaths(event.fatalities)),
    evidence === '' ? null : el('blockquote', {}, evidence.length > 220 ? `${evidence.slice(0, 220)}…` : evidence),
    el('a', { href: articleHref(event.article.id, event.id), class: 'article-link' }, event.article.title),
    alsoDescribedIn(event.uid, onGrown),
  );
}
