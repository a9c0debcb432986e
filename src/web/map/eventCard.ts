import type { EventItem } from '../api.js';
import { typeColour } from '../colours.js';
import { formatInterval } from '../dates.js';
import { el } from '../dom.js';
import { articleHref } from '../routes.js';

const deaths = (f: EventItem['fatalities']): string =>
  f.best === null ? '' : f.high !== null && f.high !== f.best ? `${f.best}–${f.high} killed` : `${f.best} killed`;

/**
 * What a marker's popup says about an event: type, date, who against whom, where, deaths, the first
 * evidence words, and a link to the article view with that event's evidence highlighted.
 * @example marker.bindPopup(() => eventCard(gaoStrike))
 */
export function eventCard(event: EventItem): HTMLElement {
  const swatch = el('span', { class: 'swatch' });
  swatch.style.backgroundColor = typeColour(event.event_type);
  const actors = [event.actor1?.name, event.actor2?.name].filter((n) => n !== undefined).join(' → ');
  const evidence = event.evidence[0]?.text ?? '';
  return el(
    'div',
    { class: 'event-card' },
    el('div', { class: 'event-card-type' }, swatch, event.sub_event_type),
    el('div', { class: 'event-card-when' }, formatInterval(event.date), event.time ? ` ${event.time}` : '', ' · ', event.location?.name ?? 'no place'),
    actors === '' ? null : el('div', { class: 'event-card-actors' }, actors),
    deaths(event.fatalities) === '' ? null : el('div', { class: 'event-card-deaths' }, deaths(event.fatalities)),
    evidence === '' ? null : el('blockquote', {}, evidence.length > 220 ? `${evidence.slice(0, 220)}…` : evidence),
    el('a', { href: articleHref(event.article.id, event.id) }, event.article.title),
  );
}
