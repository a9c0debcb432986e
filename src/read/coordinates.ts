/**
 * Coordinates as a reader sees them on Wikipedia: unsigned degrees with their hemisphere.
 * @example formatCoordinates(16.26667, -0.05) === '16.26667°N 0.05°W'
 */
export function formatCoordinates(lat: number, lon: number): string {
  return `${Math.abs(lat)}°${lat < 0 ? 'S' : 'N'} ${Math.abs(lon)}°${lon < 0 ? 'W' : 'E'}`;
}

// wtf_wikipedia (and the corpus's converter, which used it) print signed degrees behind fixed
// letters: "36.12571°N, 36.88793°W" is 36.88793° east, "-0.05°W" is 0.05° west.
const SIGNED_COMPASS = /(-?\d+(?:\.\d+)?)°N,?\s*(-?\d+(?:\.\d+)?)°W/g;

/**
 * Rewrites wtf_wikipedia's signed "lat°N, lon°W" into real hemispheres.
 * @example fixSignedCompass('36.12571°N, 36.88793°W') === '36.12571°N 36.88793°E'
 */
export function fixSignedCompass(text: string): string {
  return text.replace(SIGNED_COMPASS, (_m, lat: string, lon: string) => formatCoordinates(Number(lat), Number(lon)));
}
