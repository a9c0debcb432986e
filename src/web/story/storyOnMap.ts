import * as L from 'leaflet';
import { el } from '../dom.js';
import type { MovementLayer } from '../map/movementLayer.js';
import { stepText } from './stepText.js';
import type { StoryStep } from './storySteps.js';

const placeOf = (step: StoryStep): [number, number] | null => {
  const place = step.kind === 'event' ? step.event.location : step.movement.legs[step.leg]?.place;
  return place && place.lat !== null && place.lon !== null ? [place.lat, place.lon] : null;
};

/**
 * Shows story steps on the map: the movement drawn up to the step's leg (or the last leg flown
 * before an event), a ring on the step's place labelled with its heading, the view fitted to the
 * whole story on the first step.
 * @example const show = storyOnMap(map, movements); show(steps, 0)
 */
export function storyOnMap(map: L.Map, movements: MovementLayer): (steps: StoryStep[], index: number | null) => void {
  const current = L.layerGroup().addTo(map);
  return (steps, index) => {
    current.clearLayers();
    map.getContainer().classList.toggle('story-mode', index !== null);
    if (index === null) {
      movements.story(null, 0);
      return;
    }
    const step = steps[index];
    const at = step ? placeOf(step) : null;
    // Fitted before the legs are drawn: their labels are placed apart at the zoom they are seen at.
    if (index === 0) {
      const all = steps.map(placeOf).filter((p) => p !== null);
      if (all.length > 0) map.fitBounds(L.latLngBounds(all).pad(0.2), { maxZoom: 7, animate: false });
    }
    const flown = steps.slice(0, index + 1).findLast((s) => s.kind === 'leg');
    const markers = steps.flatMap((s) => (s.kind === 'event' ? [placeOf(s)] : [])).filter((p) => p !== null);
    movements.story(flown?.kind === 'leg' ? flown.movement : null, flown?.kind === 'leg' ? flown.leg : 0, markers.map((p) => L.latLng(p)));
    if (step && at) {
      const ring = L.circleMarker(at, { radius: 14, color: '#c0392b', weight: 3, fill: false, className: 'story-current', interactive: true });
      // On hover only: the story panel says it, and a permanent label would cover the legs' labels.
      ring.bindTooltip(el('span', {}, stepText(step).heading), { direction: 'top', offset: [0, -14], className: 'story-tooltip' });
      current.addLayer(ring);
      if (!map.getBounds().pad(-0.1).contains(at)) map.panTo(at);
    }
  };
}
