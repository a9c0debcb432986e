import type { EventItem } from '../api.js';
import { EVENT_TYPES } from '../colours.js';
import { el } from '../dom.js';
import type { Filters } from '../filters.js';
import type { Signal } from '../signal.js';
import { countryName } from './columns.js';

/**
 * The table's filter controls: actor, type, country and words; each change updates `filters`
 * (which the map, the timeline and the table all follow).
 * @example container.append(filterBar(filters, allEvents))
 */
export function filterBar(filters: Signal<Filters>, all: EventItem[]): HTMLElement {
  const set = (patch: Partial<Filters>) => filters.set({ ...filters.value, ...patch });
  const actor = el('input', { type: 'search', class: 'filter-actor', placeholder: 'actor', 'aria-label': 'filter by actor' });
  const text = el('input', { type: 'search', class: 'filter-text', placeholder: 'words', 'aria-label': 'filter by words in the evidence, notes, place or article' });
  const subTypes = [...new Set(all.map((e) => e.sub_event_type))].sort();
  const type = el(
    'select',
    { class: 'filter-type', 'aria-label': 'filter by type' },
    el('option', { value: '' }, 'all types'),
    ...EVENT_TYPES.map((t) => el('option', { value: t }, t)),
    ...subTypes.map((t) => el('option', { value: t }, `· ${t}`)),
  );
  const codes = [...new Set(all.flatMap((e) => (e.location?.country ? [e.location.country] : [])))].sort((a, b) => countryName(a).localeCompare(countryName(b)));
  const country = el('select', { class: 'filter-country', 'aria-label': 'filter by country' }, el('option', { value: '' }, 'all countries'), ...codes.map((c) => el('option', { value: c }, countryName(c))));
  // Typing waits for a pause so each key does not redraw the map.
  let pending: number | undefined;
  const typed = (patch: () => Partial<Filters>) => () => {
    window.clearTimeout(pending);
    pending = window.setTimeout(() => set(patch()), 150);
  };
  actor.addEventListener('input', typed(() => ({ actor: actor.value })));
  text.addEventListener('input', typed(() => ({ text: text.value })));
  type.addEventListener('change', () => set({ type: type.value }));
  country.addEventListener('change', () => set({ country: country.value }));
  return el('div', { class: 'filter-bar' }, actor, type, country, text);
}
