import { EVENT_TYPES, typeColour } from './colours.js';
import { el } from './dom.js';

/**
 * The map's key: a colour per event type, the movement line, what marker size means.
 * @example side.append(legend())
 */
export function legend(): HTMLElement {
  const rows = EVENT_TYPES.map((type) => {
    const swatch = el('span', { class: 'swatch' });
    swatch.style.backgroundColor = typeColour(type);
    return el('li', {}, swatch, type);
  });
  const line = el('li', {}, el('span', { class: 'legend-line' }), 'movement (arrows: direction)');
  return el('div', { class: 'map-legend' }, el('ul', {}, ...rows, line), el('div', { class: 'legend-note' }, 'Marker size: deaths. Numbered circles: clustered events (click to zoom in).'));
}
