/**
 * The fewest degrees a fitted map shows each way: about a mid-sized country and the edges of its
 * neighbours (Syria is some 7° by 5°), so one event, or many in one city, never fills the map with a
 * single street and no border in sight.
 */
export const CONTEXT_DEGREES = 10;

/**
 * Bounds to fit the map to: those of the points (lat, lon) with a tenth more on each side, widened
 * about their centre to at least `CONTEXT_DEGREES` each way.
 * @example contextBounds([[36.34, 43.13]]) // Mosul alone: [[31.34, 38.13], [41.34, 48.13]]
 */
export function contextBounds(points: readonly [number, number][]): [[number, number], [number, number]] {
  const lats = points.map(([lat]) => lat);
  const lons = points.map(([, lon]) => lon);
  const widen = (low: number, high: number, limit: number): [number, number] => {
    const half = Math.max((high - low) * 1.2, CONTEXT_DEGREES) / 2;
    const middle = (low + high) / 2;
    return [Math.max(-limit, middle - half), Math.min(limit, middle + half)];
  };
  const [south, north] = widen(Math.min(...lats), Math.max(...lats), 85);
  const [west, east] = widen(Math.min(...lons), Math.max(...lons), 180);
  return [[south, west], [north, east]];
}
