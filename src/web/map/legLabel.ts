import type { Leg } from '../api.js';

// "about 6 hours after" reads as "~6 h after takeoff"; the article's qualifier, not a rounding of ours.
function offset(leg: Leg): string {
  const hours = leg.offset_hours?.best ?? leg.offset_hours?.low;
  if (hours === null || hours === undefined) return '';
  const approx = leg.offset_hours?.qualifier === 'exact' ? '' : '~';
  return ` · ${approx}${hours} h after takeoff`;
}

/**
 * A leg's label on the map: its place in the order, its role, the article's words for the place,
 * and the stated time or offset.
 * @example legLabel(ndjamenaLeg, 7) // "8 destination · N'Djamena · 16:30"
 */
export function legLabel(leg: Leg, index: number): string {
  const time = leg.time === null ? '' : ` · ${leg.time}`;
  return `${index + 1} ${leg.role} · ${leg.text}${time}${offset(leg)}`;
}
