import KDBush from 'kdbush';
import type { PlaceTable } from './_placeTable.js';

/**
 * The spatial index over a table's places (x = lon, y = lat), its data in a SharedArrayBuffer that
 * worker threads share. Built once with the data file, which keeps its bytes.
 * @example spatialIndex(table).range(0.0, 16.2, 0.1, 16.3) // rows around Gao
 */
export function spatialIndex(table: PlaceTable): KDBush {
  const spatial = new KDBush(table.count, 64, Float64Array, SharedArrayBuffer);
  for (let i = 0; i < table.count; i++) spatial.add(table.lon[i] ?? 0, table.lat[i] ?? 0);
  spatial.finish();
  return spatial;
}
