import * as L from 'leaflet';
import type { MovementItem } from '../api.js';
import { el, svg } from '../dom.js';
import { formatInterval } from '../dates.js';
import { legLabel } from './legLabel.js';
import { placeLabels, type Side } from './placeLabels.js';

const OFFSETS: Record<Side, [number, number]> = { right: [6, 0], left: [-6, 0], bottom: [0, 6], top: [0, -6] };

export interface MovementLayer {
  /** Shows these movements as dashed lines with arrows; leg labels on hover. */
  update(movements: MovementItem[]): void;
  /** Draws one movement up to leg `upto` with permanent leg labels kept off `avoid` (story replay); null clears it. */
  story(movement: MovementItem | null, upto: number, avoid?: L.LatLng[]): void;
}

const placed = (m: MovementItem) => m.legs.map((leg, i) => ({ leg, i })).filter(({ leg }) => leg.place.lat !== null && leg.place.lon !== null);

// An arrow halfway along a segment, turned the way it is flown. Angles taken in projected (Web
// Mercator) pixels, where they do not change with zoom.
function arrow(map: L.Map, from: L.LatLng, to: L.LatLng, className: string): L.Marker | null {
  const [a, b] = [map.project(from, 0), map.project(to, 0)];
  if (a.distanceTo(b) < 1e-3) return null;
  const head = svg('svg', { viewBox: '0 0 12 12', width: '12', height: '12' }, svg('path', { d: 'M1,1 L11,6 L1,11 L4,6 z' }));
  head.style.transform = `rotate(${(Math.atan2(b.y - a.y, b.x - a.x) * 180) / Math.PI}deg)`;
  return L.marker(map.unproject(a.add(b).divideBy(2), 0), { icon: L.divIcon({ html: el('div', {}, head), className, iconSize: [12, 12] }), interactive: false, keyboard: false });
}

function draw(map: L.Map, group: L.LayerGroup, movement: MovementItem, upto: number, permanent: boolean, avoid: L.LatLng[] = []): void {
  const legs = placed(movement).filter(({ i }) => i <= upto);
  const points = legs.map(({ leg }) => L.latLng(leg.place.lat ?? 0, leg.place.lon ?? 0));
  const line = L.polyline(points, { className: permanent ? 'story-line' : 'movement-line', color: '#1f5fbf', weight: 3, dashArray: '7 6', interactive: !permanent });
  const about = [movement.actor?.name, movement.vehicles ? `${movement.vehicles.count ?? ''} ${movement.vehicles.kind}`.trim() : null, formatInterval(movement.date)];
  if (!permanent) line.bindTooltip(() => el('span', {}, about.filter(Boolean).join(' · ')), { sticky: true });
  group.addLayer(line);
  line.getElement()?.setAttribute('data-uid', movement.uid);
  for (let k = 1; k < points.length; k++) {
    const head = arrow(map, points[k - 1] as L.LatLng, points[k] as L.LatLng, permanent ? 'story-arrow' : 'movement-arrow');
    if (head) group.addLayer(head);
  }
  // One dot per place; legs at the same place (an overflight and a refuel over Mauritania) share its label.
  const atPlace = new Map<string, { at: L.LatLng; labels: string[] }>();
  legs.forEach(({ leg, i }, k) => {
    const entry = atPlace.get(leg.place.id) ?? { at: points[k] as L.LatLng, labels: [] };
    entry.labels.push(legLabel(leg, i));
    atPlace.set(leg.place.id, entry);
  });
  const groups = [...atPlace.values()];
  // Story labels stay on screen, so they are placed apart; hover labels need not be.
  const sides = permanent
    ? placeLabels(
        groups.map(({ at, labels }) => ({ ...map.latLngToContainerPoint(at), width: 6.2 * labels.join('; ').length + 12, height: 20 })),
        avoid.map((at) => map.latLngToContainerPoint(at)),
      )
    : groups.map((): Side => 'right');
  groups.forEach(({ at, labels }, k) => {
    const side = sides[k] ?? 'right';
    const dot = L.circleMarker(at, { radius: 4, color: '#1f5fbf', weight: 2, fillColor: '#ffffff', fillOpacity: 1, className: permanent ? 'story-leg' : 'movement-leg' });
    dot.bindTooltip(el('span', { class: 'leg-label' }, labels.join('; ')), { permanent, direction: side, offset: OFFSETS[side], className: 'leg-tooltip' });
    group.addLayer(dot);
  });
}

/**
 * Movements as dashed lines in flown order with an arrow on each leg and a dot at each place,
 * labelled with the leg's role and time.
 * @example const layer = movementLayer(map); layer.update(movements); layer.story(seedSortie, 3)
 */
export function movementLayer(map: L.Map): MovementLayer {
  const all = L.layerGroup().addTo(map);
  const replay = L.layerGroup().addTo(map);
  return {
    update(movements) {
      all.clearLayers();
      for (const m of movements) if (placed(m).length >= 2) draw(map, all, m, Infinity, false);
    },
    story(movement, upto, avoid = []) {
      replay.clearLayers();
      if (movement !== null) draw(map, replay, movement, upto, true, avoid);
    },
  };
}
