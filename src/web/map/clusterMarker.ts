import * as L from 'leaflet';
import type { EventItem } from '../api.js';
import { typeColour } from '../colours.js';
import { el } from '../dom.js';
import { clusterSize } from './clusterSize.js';
import { eventCard } from './eventCard.js';

// A ring in the colour of the commonest event type around the count, sized to fit it.
function clusterIcon(leaves: EventItem[]): L.DivIcon {
  const types = new Map<string, number>();
  for (const e of leaves) types.set(e.event_type, (types.get(e.event_type) ?? 0) + 1);
  const top = [...types].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  const size = clusterSize(leaves.length);
  const icon = el('div', { class: 'cluster-ring' }, el('span', { class: 'cluster-count' }, leaves.length));
  // A property set through the CSSOM, not a style attribute: the CSP forbids inline styles.
  icon.style.borderColor = typeColour(top);
  return L.divIcon({ html: icon, className: 'event-cluster', iconSize: [size, size] });
}

/**
 * A numbered cluster of events at `at`: a click flies to where `expand` says it splits, or lists its
 * events when they share a place (no zoom splits them).
 * @example layers.addLayer(clusterMarker(map, leaves, at, () => ({ centre: at, zoom: index.getClusterExpansionZoom(id) })))
 */
export function clusterMarker(map: L.Map, leaves: EventItem[], at: L.LatLng, expand: () => { centre: L.LatLng; zoom: number }): L.Marker {
  // Above the movements' arrows, which would hide its number.
  const marker = L.marker(at, { icon: clusterIcon(leaves), keyboard: true, title: `${leaves.length} events`, zIndexOffset: 1000 });
  marker.on('click', () => {
    const { centre, zoom } = expand();
    if (zoom <= map.getMaxZoom() && zoom <= 10) map.flyTo(centre, zoom, { duration: 0.4 });
    else marker.bindPopup(() => el('div', { class: 'cluster-list' }, ...leaves.map((e) => eventCard(e)))).openPopup();
  });
  return marker;
}
