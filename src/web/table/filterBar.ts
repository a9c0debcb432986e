import type { EventItem } from '../api.js';
import { EVENT_TYPES } from '../colours.js';
import { conflictTree, type ConflictTree } from '../conflictTree.js';
import { el } from '../dom.js';
import type { Filters } from '../filters.js';
import type { ConflictNode } from '../linkApi.js';
import type { Signal } from '../signal.js';
import { countryName } from './columns.js';

// The conflicts, indented under the one they are part of; with none (the store is not linked) it stays disabled.
function conflictSelect(tree: ConflictTree): HTMLSelectElement {
  const options = tree.ordered.map((c) => el('option', { value: c.id }, `${'\u00a0\u00a0'.repeat(c.depth)}${c.name} (${c.events})`));
  const none = tree.ordered.length === 0 ? { disabled: '', title: 'no conflict tree: the store is not linked (annals link)' } : {};
  return el('select', { class: 'filter-conflict', 'aria-label': 'filter by conflict', ...none }, el('option', { value: '' }, 'all conflicts'), ...options);
}

/**
 * The table's filter controls: conflict, actor, type, country and words; each change updates
 * `filters` (which the map, the timeline and the table all follow).
 * @example container.append(filterBar(filters, allEvents, await listAll('/api/conflicts')))
 */
export function filterBar(filters: Signal<Filters>, all: EventItem[], conflicts: readonly ConflictNode[] = []): HTMLElement {
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
  const tree = conflictTree(conflicts);
  const conflict = conflictSelect(tree);
  conflict.addEventListener('change', () => set({ conflict: conflict.value === '' ? null : { id: conflict.value, articles: tree.articlesUnder(conflict.value) } }));
  return el('div', { class: 'filter-bar' }, conflict, actor, type, country, text);
}
