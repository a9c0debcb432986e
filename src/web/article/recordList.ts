import type { Article } from '../api.js';
import { typeColour } from '../colours.js';
import { formatInterval } from '../dates.js';
import { el } from '../dom.js';

/**
 * The article's events and movements as a list; a click focuses a record's evidence in the text.
 * @example aside.append(recordList(article, names, focus))
 */
export function recordList(article: Article, names: Map<string, string>, onFocus: (ref: string) => void): HTMLElement {
  const name = (id: string | null): string => (id === null ? '' : (names.get(id) ?? id));
  const item = (ref: string, swatchColour: string, heading: string, detail: string): HTMLElement => {
    const swatch = el('span', { class: 'swatch' });
    swatch.style.backgroundColor = swatchColour;
    const button = el('button', { type: 'button', class: 'record', 'data-ref': ref }, swatch, el('span', { class: 'record-heading' }, heading), el('span', { class: 'record-detail' }, detail));
    button.addEventListener('click', () => onFocus(ref));
    return el('li', {}, button);
  };
  const events = article.events.map((e) =>
    item(e.id, typeColour(e.event_type), `${e.sub_event_type} · ${name(e.location) || 'no place'}`, `${formatInterval(e.date)} · ${[name(e.actor1), name(e.actor2)].filter(Boolean).join(' → ')}${e.fatalities.best === null ? '' : ` · ${e.fatalities.best} killed`}`),
  );
  const movements = article.movements.map((m) =>
    item(m.id, '#1f5fbf', `Movement · ${m.legs.map((l) => name(l.place)).join(' → ')}`, [name(m.actor), m.vehicles ? `${m.vehicles.count ?? ''} ${m.vehicles.kind}`.trim() : ''].filter(Boolean).join(', ')),
  );
  return el('ol', { class: 'record-list' }, ...events, ...movements);
}
