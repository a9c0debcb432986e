import type { NameMention } from '../model/index.js';
import { inConflict, type Facts } from './_facts.js';

/**
 * Where: the first place on the map after the trigger, inside the conflict's countries if one is; then
 * any mapped place in the sentence; a place no layer knows only when nothing else is named; a country last.
 * @example placeAfter(facts, places, at) // Gao, of "French planes bombed the city of Gao"
 */
export function placeAfter(facts: Facts, places: NameMention[], at: number): NameMention | null {
  const entity = (m: NameMention) => facts.entity.get(m.entity ?? '');
  const town = (m: NameMention): boolean => entity(m)?.precision !== 'country';
  const mapped = (m: NameMention): boolean => town(m) && entity(m)?.resolved === true;
  const home = (m: NameMention): boolean => inConflict(facts.conflictCountries, entity(m)?.country ?? null);
  // "Two U.S. service members": a country naming whose people, not where
  const attributive = (m: NameMention): boolean => !town(m) && /^\s+\p{Ll}/u.test(facts.article.text.slice(m.span.end, m.span.end + 3)) && !/\b(?:in|at|to|from|into|across|over)\s+(?:the\s+)?$/i.test(facts.article.text.slice(Math.max(0, m.span.start - 12), m.span.start));
  places = places.filter((m) => !attributive(m));
  const after = places.filter((m) => m.span.start > at);
  return (
    after.find((m) => mapped(m) && home(m)) ??
    places.find((m) => mapped(m) && home(m)) ??
    after.find(mapped) ??
    after.find(town) ??
    places.find(town) ??
    after[0] ??
    places[0] ??
    null
  );
}
