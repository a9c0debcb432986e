import type { DateInterval } from '../model/index.js';
import type { GoldValue } from './goldFile.js';

/**
 * Whether a predicted number is what gold accepts: the exact value, a value inside `[a, b]`, or —
 * when gold is null ("the article does not say") — null or absent.
 */
export function valueMatches(gold: GoldValue, predicted: number | null | undefined): boolean {
  if (gold === null) return predicted === null || predicted === undefined;
  if (predicted === null || predicted === undefined) return false;
  if (typeof gold === 'number') return predicted === gold;
  return gold[0] <= predicted && predicted <= gold[1];
}

/** Whether the predicted interval lies inside the gold one; ISO days compare as strings. */
export function dateInside(gold: DateInterval | null, predicted: DateInterval | null | undefined): boolean {
  if (gold === null) return predicted === null || predicted === undefined;
  if (!predicted) return false;
  return gold.start <= predicted.start && predicted.end <= gold.end;
}

const EARTH_RADIUS_KM = 6371.0088;
const rad = (deg: number): number => (deg * Math.PI) / 180;

/** Great-circle distance in km (haversine). */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const h = Math.sin(rad(lat2 - lat1) / 2) ** 2 + Math.cos(rad(lat1)) * Math.cos(rad(lat2)) * Math.sin(rad(lon2 - lon1) / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
