import type { Entity, NameMention } from '../model/index.js';
import { distanceKm } from '../resolve/gazetteer/index.js';
import type { Facts } from './_facts.js';

// "Sheikh Suleiman, located north of Base 46", "Muwaffakiya, a village near Mosul": where the article puts a place.
// ("Sehyan checkpoint north of Khan Shaykhun": the site's own noun may come between)
const LOCATED = /^,?\s+(?:(?:checkpoint|base|airbase|hill|post|outpost|camp|crossroads|junction)\s+)?(?:(?:located|situated|lying)\s+|an?\s+(?:small\s+)?(?:village|town|city|settlement|hamlet)\s+)?(?:just\s+|some\s+|about\s+)?(?:(?:\d+\s*(?:km|kilomet(?:re|er)s?)\s+)?(?:north|south|east|west)(?:-?(?:east|west))?\s+of|near|outside(?:\s+of)?|close\s+to|next\s+to)\s+(?:the\s+)?$/i;
// "the adjacent village of Urum al-Kubrah", "the nearby town of Mykolaivka": near the article's own place.
const NEARBY = /\b(?:nearby|adjacent|neighbou?ring)\s+(?:\w+\s+)?(?:town|village|city|settlement|hamlet|base|hill|heights?|area)s?\s+of\s+(?:the\s+)?$/i;
/** A "nearby" town farther than this from the article's place is a namesake. */
const NEARBY_KM = 100;

export interface StandIn {
  mention: NameMention;
  rule: string;
}

/**
 * Where the words themselves put a place the map cannot (or puts far off for a "nearby" town): the
 * mapped place it is "located north of" or "a village near", anywhere in the article; for "the nearby
 * town of X", the article's own place (its infobox place). Null when the words say neither.
 * @example placeStandIn(facts, sheikhSuleiman, baseOnTheMap) // Base 46, from "located north of Base 46"
 */
export function placeStandIn(facts: Facts, place: Entity, own: NameMention | undefined): StandIn | null {
  const text = facts.article.text;
  const mentions = facts.placeMentions.get(place.id) ?? [];
  for (const m of mentions) {
    const next = facts.mappedPlaces.find((n) => n.span.start > m.span.end && n.span.start - m.span.end < 80 && n.entity !== place.id);
    // "Al-Qusayr, near Homs": a place the map already puts beside the one named stays where it is;
    // "Muwaffakiya, a village near Mosul" met as a namesake far off gives way to Mosul
    if (next && LOCATED.test(text.slice(m.span.end, next.span.start)) && !beside(facts, place, next)) return { mention: next, rule: 'rule:located-near' };
  }
  const nearby = mentions.some((m) => NEARBY.test(text.slice(Math.max(0, m.span.start - 60), m.span.start)));
  if (!nearby || !own?.entity || own.entity === place.id) return null;
  const home = facts.entity.get(own.entity);
  const far = !place.resolved || place.lat === null || place.lon === null || !home || home.lat === null || home.lon === null || distanceKm(place.lat, place.lon, home.lat, home.lon) > NEARBY_KM;
  return far ? { mention: own, rule: 'rule:nearby-the-article-place' } : null;
}

/** How near a mapped place must lie to the one the words put it near for the map to be believed. */
const BESIDE_KM = 60;
function beside(facts: Facts, place: Entity, near: NameMention): boolean {
  const other = facts.entity.get(near.entity ?? '');
  if (!place.resolved || place.lat === null || place.lon === null || !other || other.lat === null || other.lon === null) return false;
  return distanceKm(place.lat, place.lon, other.lat, other.lon) <= BESIDE_KM;
}
