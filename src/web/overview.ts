import type { Map as LeafletMap } from 'leaflet';
import type { ArticleSummary, EventItem, MovementItem } from './api.js';
import { inRange, matchesFields, matchesMovement, NO_FILTERS, type Filters } from './filters.js';
import { addBasemap } from './map/basemap.js';
import { createMap } from './map/createMap.js';
import { eventLayer } from './map/eventLayer.js';
import { legend } from './legend.js';
import type { ConflictNode } from './linkApi.js';
import { movementLayer } from './map/movementLayer.js';
import { signal } from './signal.js';
import { storyOnMap } from './story/storyOnMap.js';
import { storyPanel } from './story/storyPanel.js';
import { eventTable } from './table/eventTable.js';
import { filterBar } from './table/filterBar.js';
import { createTimeline } from './timeline/timeline.js';

export interface OverviewData {
  articles: ArticleSummary[];
  events: EventItem[];
  movements: MovementItem[];
  /** The conflict tree's nodes, for the conflict filter; none when the store is not linked. */
  conflicts: ConflictNode[];
}

const part = (id: string): HTMLElement => {
  const node = document.getElementById(id);
  if (node === null) throw new Error(`index.html has no #${id}`);
  return node;
};

/**
 * The overview: map, timeline, table and story replay over every stored event and movement. One
 * set of filters drives them all: the table's controls and the timeline's brush.
 * @example const { map } = overview(data); map.invalidateSize()
 */
export function overview(data: OverviewData): { map: LeafletMap } {
  const filters = signal<Filters>(NO_FILTERS);
  const selected = signal<string | null>(null);
  // While a story plays, everything shows that article's records only.
  const story = signal<string | null>(null);
  const map = createMap(part('map'));
  part('legend').append(legend());
  addBasemap(map).catch((error: unknown) => {
    part('status').textContent = `The basemap did not load: ${String(error)}`;
  });
  const events = eventLayer(map, (uid) => selected.set(uid));
  const movements = movementLayer(map);
  const timeline = createTimeline(part('timeline'), { onBrush: (range) => filters.set({ ...filters.value, range }), onSelect: (uid) => selected.set(uid) });
  const tablePart = part('events');
  tablePart.append(filterBar(filters, data.events, data.conflicts));
  const table = eventTable(tablePart, (uid) => selected.set(uid));

  const redraw = (): void => {
    const [f, told] = [filters.value, story.value];
    const fielded = data.events.filter((e) => (told === null || e.article.id === told) && matchesFields(e, f));
    const shown = fielded.filter((e) => inRange(e, f.range));
    events.update(shown, told === null);
    // The story's own movement is drawn leg by leg by the replay.
    movements.update(told === null ? data.movements.filter((m) => matchesMovement(m, f)) : []);
    timeline.update(fielded, f.range);
    table.update(shown, data.events.length);
  };
  filters.subscribe(redraw);
  story.subscribe(redraw);
  redraw();
  events.fit(data.movements.flatMap((m) => m.legs.flatMap((l): [number, number][] => (l.place.lat !== null && l.place.lon !== null ? [[l.place.lat, l.place.lon]] : []))));
  selected.subscribe((uid) => {
    table.select(uid);
    if (uid !== null) events.focus(uid);
  });

  const showStory = storyOnMap(map, movements);
  storyPanel(part('story'), data, (steps, index) => {
    const first = steps[0];
    story.set(index === null || first === undefined ? null : first.kind === 'event' ? first.event.article.id : first.movement.article.id);
    showStory(steps, index);
    timeline.setCursor(index === null ? null : (steps[index]?.at ?? null));
  });
  return { map };
}
