import type { EventItem } from '../api.js';
import { typeColour } from '../colours.js';
import { clear, el } from '../dom.js';
import { articleHref } from '../routes.js';
import { COLUMNS, compareRows, type Column } from './columns.js';

/** Rows drawn at most; the count above the table says how many match. */
const MOST_ROWS = 1000;

export interface EventTable {
  /** Shows these events (already filtered) out of `total`. */
  update(events: EventItem[], total: number): void;
  /** Marks an event's row as selected and scrolls it into view. */
  select(uid: string | null): void;
}

// Each cell names its column (`data-label`): on a phone the rows are cards and the cells say what they are.
function row(event: EventItem, onSelect: (uid: string) => void): HTMLTableRowElement {
  const cells = COLUMNS.map((c) => {
    const attrs = { class: `col-${c.key}`, 'data-label': c.heading };
    if (c.key === 'article') return el('td', attrs, el('a', { href: articleHref(event.article.id, event.id), class: 'article-link' }, c.text(event)));
    if (c.key !== 'type') return el('td', attrs, c.text(event));
    const swatch = el('span', { class: 'swatch' });
    swatch.style.backgroundColor = typeColour(event.event_type);
    return el('td', { ...attrs, title: event.event_type }, swatch, c.text(event));
  });
  const tr = el('tr', { 'data-uid': event.uid }, ...cells);
  tr.addEventListener('click', (e) => {
    if (!(e.target instanceof HTMLAnchorElement)) onSelect(event.uid);
  });
  return tr;
}

/**
 * The event table: a row per event, sorted by a click on a heading (again to reverse), each row
 * selecting its event on the map and linking to its article view.
 * @example const table = eventTable(section, (uid) => selected.set(uid)); table.update(shown, all.length)
 */
export function eventTable(container: HTMLElement, onSelect: (uid: string) => void): EventTable {
  let sort: { column: Column; direction: 'asc' | 'desc' } = { column: COLUMNS[0] as Column, direction: 'asc' };
  let shown: EventItem[] = [];
  let total = 0;
  let selected: string | null = null;
  const count = el('div', { class: 'table-count', 'aria-live': 'polite' });
  const headings = COLUMNS.map((column) => {
    const th = el('th', { scope: 'col', 'data-key': column.key }, el('button', { type: 'button' }, column.heading));
    th.addEventListener('click', () => {
      sort = { column, direction: sort.column === column && sort.direction === 'asc' ? 'desc' : 'asc' };
      draw();
    });
    return th;
  });
  const body = el('tbody');
  container.append(count, el('div', { class: 'table-scroll' }, el('table', { class: 'event-table' }, el('thead', {}, el('tr', {}, ...headings)), body)));

  const draw = (): void => {
    for (const th of headings) th.setAttribute('aria-sort', th.dataset['key'] === sort.column.key ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none');
    const rows = [...shown].sort((a, b) => compareRows(sort.column, a, b, sort.direction)).slice(0, MOST_ROWS);
    clear(body);
    body.append(...rows.map((e) => row(e, onSelect)));
    count.textContent = `${shown.length} of ${total} events${shown.length > MOST_ROWS ? ` (first ${MOST_ROWS} shown)` : ''}`;
    mark();
  };
  const mark = (): void => {
    for (const tr of body.querySelectorAll('tr.selected')) tr.classList.remove('selected');
    const tr = selected === null ? null : [...body.rows].find((r) => r.dataset['uid'] === selected);
    tr?.classList.add('selected');
    tr?.scrollIntoView({ block: 'nearest' });
  };
  return {
    update(events, all) {
      [shown, total] = [events, all];
      draw();
    },
    select(uid) {
      selected = uid;
      mark();
    },
  };
}
