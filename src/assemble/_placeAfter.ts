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
  const settlement = (m: NameMention): boolean => town(m) && entity(m)?.precision !== 3;
  const mapped = (m: NameMention): boolean => town(m) && entity(m)?.resolved === true;
  const home = (m: NameMention): boolean => inConflict(facts.conflictCountries, entity(m)?.country ?? null);
  const text = facts.article.text;
  // "Two U.S. service members", "US-led coalition jets": a country naming whose people, not where
  const attributive = (m: NameMention): boolean =>
    !town(m) && (/^(?:\s+\p{Ll}|-)/u.test(text.slice(m.span.end, m.span.end + 3)) && !/\b(?:in|at|to|from|into|across|over)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.span.start - 12), m.span.start)));
  // "the governor of Zaporizhzhia Oblast", "Sumy Oblast's governor": a region in an office's name
  const office = (m: NameMention): boolean => /\b(?:governor|governorate council|head|mayor|administration|council|authorities|police|prosecutor(?:'s office)?)\s+of\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.span.start - 40), m.span.start)) || /^['’]s\s+(?:governor|head|administration|mayor)/i.test(text.slice(m.span.end, m.span.end + 16));
  // "a 25-year-old student from Algeria", "troops that had entered from Belarus": a country abroad someone
  // came from is not where it happened
  const origin = (m: NameMention): boolean => !town(m) && !home(m) && afterFrom(text, m);
  // "an agreement … reached with Russia", "a war between Armenia and Azerbaijan": a country named as a party, not where
  const party = (m: NameMention): boolean => !town(m) && /\b(?:with|against|by|between|versus)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.span.start - 12), m.span.start));
  places = places.filter((m) => !attributive(m) && !office(m) && !origin(m) && !party(m));
  // "fired at two cars traveling from Sumy to Romny, in the village of Pustovyitivka": the ends of a
  // route someone travelled are not where it happened when the words name another place
  const route = routeEnds(text, places);
  if (route.size > 0 && places.some((m) => !route.has(m))) places = places.filter((m) => !route.has(m));
  const after = places.filter((m) => m.span.start > at);
  const mappedSettlement = (m: NameMention): boolean => mapped(m) && settlement(m);
  return (
    after.find((m) => mappedSettlement(m) && home(m)) ??
    after.find((m) => mapped(m) && home(m)) ??
    places.find((m) => mappedSettlement(m) && home(m)) ??
    places.find((m) => mapped(m) && home(m)) ??
    after.find(mapped) ??
    after.find(town) ??
    places.find(town) ??
    after[0] ??
    places[0] ??
    null
  );
}

/** Whether "from" stands right before a place ("a student from Algeria", "from Sumy to Romny"). */
function afterFrom(text: string, m: NameMention): boolean {
  return /\bfrom\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.span.start - 10), m.span.start));
}

/** The places of "from X to Y" in a list of places (in text order). */
function routeEnds(text: string, places: readonly NameMention[]): Set<NameMention> {
  const ends = new Set<NameMention>();
  places.forEach((from, i) => {
    const to = places[i + 1];
    if (!to || !afterFrom(text, from)) return;
    if (/^\s+to\s+(?:the\s+)?$/i.test(text.slice(from.span.end, to.span.start))) [from, to].forEach((m) => ends.add(m));
  });
  return ends;
}
