import * as L from 'leaflet';
import { el } from '../dom.js';

/**
 * A Leaflet map with no tile layer (the basemap is drawn from Natural Earth shapes, see `addBasemap`)
 * and an attribution written as text. The container says what it shows after each move:
 * `data-bounds` (west,south,east,north) and `data-zoom`.
 * @example const map = createMap(document.querySelector('#map')!)
 */
export function createMap(container: HTMLElement): L.Map {
  const map = L.map(container, {
    minZoom: 1,
    maxZoom: 12,
    zoomSnap: 0.25,
    worldCopyJump: false,
    // Leaflet's own attribution links to its web site; ours names the data and stays offline.
    attributionControl: false,
    maxBounds: [[-85, -240], [85, 240]],
  });
  map.on('moveend', () => {
    container.dataset['bounds'] = map.getBounds().toBBoxString();
    container.dataset['zoom'] = String(map.getZoom());
  });
  map.setView([20, 0], 2);
  const credit = new L.Control({ position: 'bottomright' });
  credit.onAdd = () => el('div', { class: 'map-credit' }, 'Countries: Natural Earth (public domain), world-atlas');
  credit.addTo(map);
  return map;
}
