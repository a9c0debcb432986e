import * as L from 'leaflet';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countriesUrl from 'world-atlas/countries-50m.json?url';

/**
 * Draws the countries of Natural Earth (1:50m, from the world-atlas package, served with the UI)
 * on one canvas under everything else: no tile server, no network. Marks the map container with
 * `data-countries` once drawn.
 * @example await addBasemap(map)
 */
export async function addBasemap(map: L.Map): Promise<void> {
  const response = await fetch(countriesUrl);
  const topology = (await response.json()) as Topology<{ countries: GeometryCollection }>;
  const countries = feature(topology, topology.objects.countries);
  // a map removed while the shapes loaded (a page left at once) has no panes left to draw on
  if (map.getPane('mapPane') === undefined) return;
  const pane = map.createPane('basemap');
  pane.classList.add('basemap-pane');
  // One canvas for every country: thousands of SVG paths would slow panning. Leaflet hands the
  // GeoJSON options (renderer included) to each polygon; its types do not say so.
  const options: L.GeoJSONOptions & L.PathOptions = {
    pane: 'basemap',
    interactive: false,
    renderer: L.canvas({ pane: 'basemap', padding: 0.5 }),
    style: () => ({ color: '#a7a39a', weight: 0.6, fillColor: '#f4f1ea', fillOpacity: 1 }),
  };
  L.geoJSON(countries, options).addTo(map);
  map.getContainer().dataset['countries'] = String(countries.features.length);
}
