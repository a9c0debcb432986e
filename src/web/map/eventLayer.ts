import * as L from 'leaflet';
import Supercluster, { type ClusterFeature, type PointFeature } from 'supercluster';
import type { EventItem } from '../api.js';
import { typeColour } from '../colours.js';
import { el } from '../dom.js';
import { clusterMarker } from './clusterMarker.js';
import { clusterSize } from './clusterSize.js';
import { contextBounds } from './contextBounds.js';
import { eventCard } from './eventCard.js';
import { mergeOverlaps, type Merged } from './mergeOverlaps.js';

interface Props {
  uid: string;
}

type Feature = ClusterFeature<Props> | PointFeature<Props>;
const isCluster = (f: Feature): f is ClusterFeature<Props> => 'cluster' in f.properties && f.properties.cluster;

/** Marker radius in pixels: grows with the square root of the best fatality figure, so area tracks deaths. */
export const markerRadius = (deaths: number | null): number => Math.min(22, 5 + 2 * Math.sqrt(deaths ?? 0));

export interface EventLayer {
  /** Shows these events, clustered where dense unless `cluster` is false (a story's few events, each seen). */
  update(events: EventItem[], cluster?: boolean): void;
  /** Centres the map on an event and opens its card. */
  focus(uid: string): void;
  /** Fits the map to the shown events and these other points (movement legs), never closer than a country and its neighbours. */
  fit(others?: [number, number][]): void;
}

/**
 * Events as circles coloured by type and sized by fatalities, grouped by supercluster into numbered
 * clusters where they crowd, and clusters that would overlap on screen at the zoom shown merged into
 * one (no number hides another); a click on a cluster zooms into it (or lists it when its events share a place).
 * @example const layer = eventLayer(map, (uid) => selected.set(uid)); layer.update(events)
 */
export function eventLayer(map: L.Map, onSelect: (uid: string) => void): EventLayer {
  const layers = L.layerGroup().addTo(map);
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

  const leavesOf = (f: Feature): EventItem[] =>
    (isCluster(f) ? index.getLeaves(f.properties.cluster_id, Infinity).map((l) => l.properties.uid) : [f.properties.uid]).flatMap((uid) => byUid.get(uid) ?? []);

  // What one drawn disc is: a lone event, a cluster of supercluster's, or clusters merged so their
  // numbers do not overlap (which zoom in to the bounds of their events).
  const marker = (group: Merged<Feature>, zoom: number): L.Layer | undefined => {
    const [first] = group.items;
    if (group.items.length === 1 && first && !isCluster(first)) {
      const event = byUid.get(first.properties.uid);
      const [lon, lat] = first.geometry.coordinates as [number, number];
      return event && single(event, lat, lon);
    }
    const leaves = group.items.flatMap(leavesOf);
    const at = map.unproject([group.x, group.y], zoom);
    if (group.items.length === 1 && first && isCluster(first)) return clusterMarker(map, leaves, at, () => ({ centre: at, zoom: index.getClusterExpansionZoom(first.properties.cluster_id) }));
    const bounds = L.latLngBounds(leaves.map((e) => [e.location?.lat ?? 0, e.location?.lon ?? 0]));
    const apart = !bounds.getNorthEast().equals(bounds.getSouthWest());
    return clusterMarker(map, leaves, at, () => ({ centre: bounds.getCenter(), zoom: apart ? Math.max(map.getBoundsZoom(bounds.pad(0.2)), Math.floor(map.getZoom()) + 1) : Infinity }));
  };

  const draw = (): void => {
    // Removing its marker closes the card (and clears `openCard`): which one was open is read first.
    const wasOpen = openCard;
    // A margin past the edges: a cluster just outside still counts against one just inside.
    const b = map.getBounds().pad(0.1);
    const bbox: [number, number, number, number] = [Math.max(-180, b.getWest()), Math.max(-85, b.getSouth()), Math.min(180, b.getEast()), Math.min(85, b.getNorth())];
    const zoom = map.getZoom();
    // Past supercluster's maxZoom every point comes back on its own.
    const discs = index.getClusters(bbox, clustering ? Math.round(zoom) : Infinity).map((f) => {
      const [lon, lat] = f.geometry.coordinates as [number, number];
      const { x, y } = map.project([lat, lon], zoom);
      const count = isCluster(f) ? f.properties.point_count : 1;
      const size = isCluster(f) ? clusterSize(count) : 2 * markerRadius(byUid.get(f.properties.uid)?.fatalities.best ?? null);
      return { x, y, size, count, item: f };
    });
    const groups = clustering ? mergeOverlaps(discs, clusterSize) : discs.map(({ item, ...disc }) => ({ ...disc, items: [item] }));
    const next = new Map<string, L.Layer>();
    for (const group of groups) {
      const key = group.items.map((f) => (isCluster(f) ? `c${Math.round(zoom)}:${f.properties.cluster_id}` : f.properties.uid)).join('+');
      const layer = drawn.get(key) ?? marker(group, zoom);
      if (layer) next.set(key, layer);
    }
    for (const [key, layer] of drawn) if (!next.has(key)) layers.removeLayer(layer);
    for (const [key, layer] of next) if (!drawn.has(key)) layers.addLayer(layer);
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
      layers.clearLayers();
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
      if (points.length > 0) map.fitBounds(contextBounds(points), { animate: false });
    },
  };
}
