import * as L from 'leaflet';
import Supercluster, { type ClusterFeature } from 'supercluster';
import type { EventItem } from '../api.js';
import { typeColour } from '../colours.js';
import { el } from '../dom.js';
import { eventCard } from './eventCard.js';

interface Props {
  uid: string;
}

/** Marker radius in pixels: grows with the square root of the best fatality figure, so area tracks deaths. */
export const markerRadius = (deaths: number | null): number => Math.min(22, 5 + 2 * Math.sqrt(deaths ?? 0));

export interface EventLayer {
  /** Shows these events, clustered where dense unless `cluster` is false (a story's few events, each seen). */
  update(events: EventItem[], cluster?: boolean): void;
  /** Centres the map on an event and opens its card. */
  focus(uid: string): void;
  /** Fits the map to the shown events and these other points (movement legs). */
  fit(others?: [number, number][]): void;
}

function clusterIcon(count: number, colour: string): L.DivIcon {
  const size = count < 10 ? 30 : count < 100 ? 38 : 46;
  const badge = el('span', { class: 'cluster-count' }, count);
  const icon = el('div', { class: 'cluster-ring' }, badge);
  // A property set through the CSSOM, not a style attribute: the CSP forbids inline styles.
  icon.style.borderColor = colour;
  return L.divIcon({ html: icon, className: 'event-cluster', iconSize: [size, size] });
}

/**
 * Events as circles coloured by type and sized by fatalities, grouped by supercluster into numbered
 * clusters where they crowd; a click on a cluster zooms into it (or lists it when its events share a place).
 * @example const layer = eventLayer(map, (uid) => selected.set(uid)); layer.update(events)
 */
export function eventLayer(map: L.Map, onSelect: (uid: string) => void): EventLayer {
  const group = L.layerGroup().addTo(map);
  const byUid = new Map<string, EventItem>();
  let index = new Supercluster<Props, Props>({ radius: 44, maxZoom: 10 });
  let clustering = true;
  let placed: EventItem[] = [];
  // The event whose card is open: a redraw replaces its marker, and Leaflet closes the card with it.
  let openCard: string | null = null;
  // What is on the map, by key (an event's uid, or a cluster's id at its zoom). A redraw keeps what
  // stays in view: the marker of an open card survives the pan that fits the card, which may itself
  // run a redraw from inside Leaflet's popup code (a stopped pan ends with `moveend`).
  let drawn = new Map<string, L.Layer>();
  // One card per event, kept across redraws: a new card fetches its other sources and grows again.
  const cards = new Map<string, HTMLElement>();

  const cardOf = (event: EventItem): HTMLElement => {
    let card = cards.get(event.uid);
    if (!card) {
      // When the other sources come in, the marker now showing the card lays it out again.
      card = eventCard(event, () => {
        const marker = drawn.get(event.uid);
        if (marker instanceof L.CircleMarker && marker.isPopupOpen()) marker.getPopup()?.update();
      });
      cards.set(event.uid, card);
    }
    return card;
  };

  const single = (event: EventItem, lat: number, lon: number): L.CircleMarker => {
    const colour = typeColour(event.event_type);
    const marker = L.circleMarker([lat, lon], {
      radius: markerRadius(event.fatalities.best),
      color: '#ffffff',
      weight: 1.5,
      fillColor: colour,
      fillOpacity: 0.9,
      className: `event-marker uid-${event.uid}`,
    });
    marker.bindPopup(() => cardOf(event), { maxWidth: 320 });
    marker.bindTooltip(() => el('span', {}, `${event.sub_event_type} · ${event.location?.name ?? ''}`), { direction: 'top' });
    marker.on('click', () => onSelect(event.uid));
    marker.on('popupopen', () => (openCard = event.uid));
    marker.on('popupclose', () => (openCard = openCard === event.uid ? null : openCard));
    return marker;
  };

  const cluster = (feature: ClusterFeature<Props>, lat: number, lon: number): L.Marker => {
    const leaves = index.getLeaves(feature.properties.cluster_id, Infinity).map((l) => byUid.get(l.properties.uid));
    const types = new Map<string, number>();
    for (const e of leaves) if (e) types.set(e.event_type, (types.get(e.event_type) ?? 0) + 1);
    const top = [...types].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
    const marker = L.marker([lat, lon], { icon: clusterIcon(feature.properties.point_count, typeColour(top)), keyboard: true, title: `${feature.properties.point_count} events` });
    marker.on('click', () => {
      const zoom = index.getClusterExpansionZoom(feature.properties.cluster_id);
      if (zoom <= map.getMaxZoom() && zoom <= 10) map.flyTo([lat, lon], zoom, { duration: 0.4 });
      else marker.bindPopup(() => el('div', { class: 'cluster-list' }, ...leaves.map((e) => (e ? eventCard(e) : null)))).openPopup();
    });
    return marker;
  };

  const draw = (): void => {
    // Removing its marker closes the card (and clears `openCard`): which one was open is read first.
    const wasOpen = openCard;
    const b = map.getBounds();
    const bbox: [number, number, number, number] = [Math.max(-180, b.getWest()), Math.max(-85, b.getSouth()), Math.min(180, b.getEast()), Math.min(85, b.getNorth())];
    const zoom = clustering ? Math.round(map.getZoom()) : Infinity;
    const next = new Map<string, L.Layer>();
    // Past supercluster's maxZoom every point comes back on its own.
    for (const f of index.getClusters(bbox, zoom)) {
      const [lon, lat] = f.geometry.coordinates as [number, number];
      const isCluster = 'cluster' in f.properties && f.properties.cluster;
      const key = isCluster ? `c${zoom}:${(f as ClusterFeature<Props>).properties.cluster_id}` : (f.properties as Props).uid;
      const kept = drawn.get(key);
      if (kept) next.set(key, kept);
      else if (isCluster) next.set(key, cluster(f as ClusterFeature<Props>, lat, lon));
      else {
        const event = byUid.get(key);
        if (event) next.set(key, single(event, lat, lon));
      }
    }
    for (const [key, layer] of drawn) if (!next.has(key)) group.removeLayer(layer);
    for (const [key, layer] of next) if (!drawn.has(key)) group.addLayer(layer);
    drawn = next;
    // A card whose marker was replaced (the events changed, or it left the view and came back) opens again.
    const reopen = wasOpen === null ? undefined : next.get(wasOpen);
    if (reopen instanceof L.CircleMarker && !reopen.isPopupOpen()) reopen.openPopup();
  };
  map.on('moveend', draw);

  return {
    update(events, cluster = true) {
      clustering = cluster;
      byUid.clear();
      cards.clear();
      group.clearLayers();
      drawn = new Map();
      placed = events.filter((e) => e.location?.lat != null && e.location.lon != null);
      for (const e of placed) byUid.set(e.uid, e);
      index = new Supercluster<Props, Props>({ radius: 44, maxZoom: 10 });
      index.load(placed.map((e) => ({ type: 'Feature', properties: { uid: e.uid }, geometry: { type: 'Point', coordinates: [e.location?.lon ?? 0, e.location?.lat ?? 0] } })));
      draw();
    },
    focus(uid) {
      const event = byUid.get(uid);
      if (!event?.location || event.location.lat === null || event.location.lon === null) return;
      const at = L.latLng(event.location.lat, event.location.lon);
      // Not animated, so the markers at the new zoom are drawn before the popup is looked for.
      map.setView(at, Math.max(map.getZoom(), 11), { animate: false });
      const marker = drawn.get(uid);
      if (marker instanceof L.CircleMarker) marker.openPopup();
    },
    fit(others = []) {
      const points: [number, number][] = [...placed.map((e): [number, number] => [e.location?.lat ?? 0, e.location?.lon ?? 0]), ...others];
      // Not animated: a zoom animation still running when an event is focused would end by moving the
      // map back to the fit, closing the card just opened.
      if (points.length > 0) map.fitBounds(L.latLngBounds(points).pad(0.1), { maxZoom: 7, animate: false });
    },
  };
}
