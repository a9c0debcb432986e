import { distanceKm } from '../resolve/gazetteer/index.js';
import { precisionRank, typeFamily, WEEK_DAYS, type LinkableEvent } from './_linkable.js';

/** How far apart two events' places may be, by the coarser geo precision of the two (km). */
export const DISTANCE_KM: Readonly<Record<number, number>> = { 1: 25, 2: 50, 3: 150 };

const same = (x: string | null, y: string | null): boolean => x === null || y === null || x === y;

function sameTypes(a: LinkableEvent, b: LinkableEvent): boolean {
  if (typeFamily(a.event.eventType) !== typeFamily(b.event.eventType)) return false;
  // strategic developments are too unlike each other to share only a family: an agreement is no looting
  return typeFamily(a.event.eventType) !== 'strategic developments' || a.event.subEventType === b.event.subEventType;
}

function nearEnough(a: LinkableEvent, b: LinkableEvent): boolean {
  const rank = Math.max(precisionRank(a.event.geoPrecision), precisionRank(b.event.geoPrecision));
  const { lat: la, lon: oa } = a.event;
  const { lat: lb, lon: ob } = b.event;
  if (rank === 4 || la === null || oa === null || lb === null || ob === null) return a.event.country !== null && a.event.country === b.event.country;
  return distanceKm(la, oa, lb, ob) <= (DISTANCE_KM[rank] ?? 0);
}

// Each side the same actor or one unknown; the sides of a clash may come in either order, not those of a strike.
function sameSides(a: LinkableEvent, b: LinkableEvent): boolean {
  if (same(a.actor1, b.actor1) && same(a.actor2, b.actor2)) return true;
  return a.event.eventType === 'Battles' && b.event.eventType === 'Battles' && same(a.actor1, b.actor2) && same(a.actor2, b.actor1);
}

// Overlapping days; "in June" says too little to be the battle another source dates to 17 June.
function sameDays(a: LinkableEvent, b: LinkableEvent): boolean {
  if (a.start > b.end || b.start > a.end) return false;
  const loose = (e: LinkableEvent) => e.end - e.start >= WEEK_DAYS;
  return !loose(a) && !loose(b) ? true : a.start === b.start && a.end === b.end;
}

/**
 * Whether two events of different articles may be one happening: the same ACLED type group,
 * overlapping dates (a span of a week or more only the same span), places within the distance their precision allows (the same country when
 * either is known only to its country), and compatible actors.
 * @example sameHappening(gaoStrikeFromSeed, gaoStrikeFromServal) === true
 */
export function sameHappening(a: LinkableEvent, b: LinkableEvent): boolean {
  if (!a.comparable || !b.comparable || a.event.articleKey === b.event.articleKey) return false;
  return sameDays(a, b) && sameTypes(a, b) && nearEnough(a, b) && sameSides(a, b);
}
