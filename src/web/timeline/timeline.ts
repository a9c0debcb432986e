import type { EventItem } from '../api.js';
import { typeColour } from '../colours.js';
import { formatInterval, intervalMs, isoDay } from '../dates.js';
import { clear, el, svg } from '../dom.js';
import { inRange } from '../filters.js';
import { packLanes } from './packLanes.js';
import { timeScale, timeTicks, type TimeScale } from './timeScale.js';

const [LANE, TOP, AXIS, SIDE, MOST_LANES] = [9, 6, 20, 12, 9];
const DAY = 86_400_000;

export interface Timeline {
  /** Draws these events; those outside `range` are dimmed. */
  update(events: EventItem[], range: [number, number] | null): void;
  /** A vertical line at a day (story replay), or none. */
  setCursor(ms: number | null): void;
}

// The time span shown: every dated event, padded, and never shorter than a month.
function domainOf(events: EventItem[]): [number, number] {
  const spans = events.flatMap((e) => (e.date ? [intervalMs(e.date)] : []));
  if (spans.length === 0) return [Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1)];
  let [t0, t1] = [Math.min(...spans.map((s) => s[0])), Math.max(...spans.map((s) => s[1]))];
  if (t1 - t0 < 30 * DAY) [t0, t1] = [t0 - 15 * DAY, t1 + 15 * DAY];
  const pad = (t1 - t0) * 0.02;
  return [t0 - pad, t1 + pad];
}

// A day-precision event is a dot; a week, month or year is a bar as long as it.
function mark(event: EventItem, scale: TimeScale, lane: number, out: boolean): SVGElement {
  const [start, end] = intervalMs(event.date ?? { start: '2000-01-01', end: '2000-01-01', precision: 'day' });
  const y = TOP + lane * LANE;
  const common = { 'data-uid': event.uid, fill: typeColour(event.event_type), class: `tl-mark ${out ? 'tl-out' : ''}` };
  const title = svg('title', {}, `${formatInterval(event.date)} · ${event.sub_event_type} · ${event.location?.name ?? ''} — ${event.article.title}`);
  if (event.date?.precision === 'day') return svg('circle', { ...common, class: `${common.class} tl-point`, cx: String(scale.x((start + end) / 2)), cy: String(y + 3), r: '3.5' }, title);
  const [x0, x1] = [scale.x(start), scale.x(end)];
  return svg('rect', { ...common, class: `${common.class} tl-bar`, 'data-precision': event.date?.precision, x: String(x0), y: String(y), width: String(Math.max(3, x1 - x0)), height: '6', rx: '2' }, title);
}

/**
 * Events over time, coloured by type, dots for days and bars for months and years, with a brush:
 * drag across to select a time range (`onBrush`), click outside the marks to clear it, click a mark
 * to select its event.
 * @example const timeline = createTimeline(div, { onBrush: (range) => filters.set({ ...filters.value, range }), onSelect })
 */
export function createTimeline(container: HTMLElement, handlers: { onBrush(range: [number, number] | null): void; onSelect(uid: string): void }): Timeline {
  const root = svg('svg', { class: 'timeline-svg', role: 'img', 'aria-label': 'events over time; drag to select a time range' });
  const label = el('span', { class: 'timeline-range' });
  const reset = el('button', { type: 'button', class: 'timeline-clear', hidden: '' }, 'clear');
  container.append(root, el('div', { class: 'timeline-status' }, label, reset));
  let scale = timeScale([0, 1], [0, 1]);
  let shown: { events: EventItem[]; range: [number, number] | null } = { events: [], range: null };
  let cursor: number | null = null;

  const draw = (): void => {
    const width = Math.max(200, container.clientWidth);
    const dated = shown.events.filter((e) => e.date !== null);
    const domain = domainOf(dated);
    scale = timeScale(domain, [SIDE, width - SIDE]);
    const spans = dated.map((e) => intervalMs(e.date ?? { start: '', end: '', precision: 'day' }));
    const lanes = packLanes(spans.map(([s, e]) => ({ x0: Math.min(scale.x(s), scale.x((s + e) / 2) - 4), x1: Math.max(scale.x(e), scale.x((s + e) / 2) + 4) })), 1, MOST_LANES);
    const height = TOP + (Math.max(...lanes, 0) + 1) * LANE + AXIS;
    root.setAttribute('viewBox', `0 0 ${width} ${height}`);
    root.setAttribute('width', String(width));
    root.setAttribute('height', String(height));
    clear(root);
    const axisY = height - AXIS + 4;
    root.append(svg('line', { class: 'tl-axis', x1: String(SIDE), x2: String(width - SIDE), y1: String(axisY), y2: String(axisY) }));
    for (const tick of timeTicks(domain[0], domain[1], Math.floor(width / 90))) {
      const x = String(scale.x(tick.at));
      root.append(svg('line', { class: 'tl-tick', x1: x, x2: x, y1: String(axisY), y2: String(axisY + 4) }), svg('text', { class: 'tl-label', x, y: String(axisY + 15) }, tick.label));
    }
    dated.forEach((e, i) => root.append(mark(e, scale, lanes[i] ?? 0, !inRange(e, shown.range))));
    if (shown.range) {
      const [x0, x1] = [scale.x(shown.range[0]), scale.x(shown.range[1])];
      root.append(svg('rect', { class: 'tl-brush', x: String(x0), y: '0', width: String(Math.max(1, x1 - x0)), height: String(axisY) }));
    }
    if (cursor !== null) root.append(svg('line', { class: 'tl-cursor', x1: String(scale.x(cursor)), x2: String(scale.x(cursor)), y1: '0', y2: String(axisY) }));
    label.textContent = shown.range ? `${isoDay(shown.range[0])} – ${isoDay(shown.range[1] - DAY)}` : `${dated.length} dated events · drag across the timeline to select a period`;
    reset.hidden = shown.range === null;
  };

  brush(root, () => scale, handlers);
  reset.addEventListener('click', () => handlers.onBrush(null));
  new ResizeObserver(() => draw()).observe(container);
  return {
    update(events, range) {
      shown = { events, range };
      draw();
    },
    setCursor(ms) {
      cursor = ms;
      draw();
    },
  };
}

// Drag to select; a click (under 4 px of movement) selects the mark under it, or clears the range.
function brush(root: SVGSVGElement, scale: () => TimeScale, handlers: { onBrush(range: [number, number] | null): void; onSelect(uid: string): void }): void {
  let start: number | null = null;
  let band: SVGRectElement | null = null;
  const x = (e: PointerEvent): number => e.clientX - root.getBoundingClientRect().left;
  root.addEventListener('pointerdown', (e) => {
    start = x(e);
    root.setPointerCapture(e.pointerId);
    band = svg('rect', { class: 'tl-brush tl-brushing', x: String(start), y: '0', width: '0', height: String(root.height.baseVal.value - AXIS + 4) });
    root.append(band);
  });
  root.addEventListener('pointermove', (e) => {
    if (start === null || band === null) return;
    band.setAttribute('x', String(Math.min(start, x(e))));
    band.setAttribute('width', String(Math.abs(x(e) - start)));
  });
  root.addEventListener('pointerup', (e) => {
    if (start === null) return;
    const [from, to] = [Math.min(start, x(e)), Math.max(start, x(e))];
    start = null;
    band?.remove();
    // Whole days: the range is what the label and the filter say.
    if (to - from >= 4) return handlers.onBrush([Math.floor(scale().ms(from) / DAY) * DAY, Math.ceil(scale().ms(to) / DAY) * DAY]);
    const uid = document.elementsFromPoint(e.clientX, e.clientY).find((n) => n instanceof SVGElement && n.dataset['uid'])?.getAttribute('data-uid');
    if (uid) handlers.onSelect(uid);
    else handlers.onBrush(null);
  });
}
