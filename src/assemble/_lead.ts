import type { DateInterval, DateMention, Entity } from '../model/index.js';
import { distanceKm } from '../resolve/gazetteer/index.js';
import type { EventDraft } from './_draft.js';
import { sentenceText, type Facts } from './_facts.js';

/** Whether a sentence lies in the lead, before the article's first heading. */
export function inLead(facts: Facts, sentence: number): boolean {
  const first = facts.article.sections[0]?.span.start ?? Infinity;
  return (facts.article.sentences[sentence]?.span.start ?? Infinity) < first;
}

// "The Battle of Harem was fought …", "The battle lasted from …", "The offensive began on 28 September":
// a lead sentence whose subject is the article's own happening, by its title or by its kind.
const THE_HAPPENING = /^(?:the|this)\s+(?:(?:first|second|third|final|main|initial)\s+)?(?:battle|offensive|siege|operation|campaign|fighting|fight|clashes|war|conflict|engagement|attack|attacks|assault|insurgency|intervention)\b/i;

/**
 * Whether a lead sentence tells the whole of the article's happening rather than one event of it:
 * it opens with the article's title ("The Battle of Harem was fought between …") or with the kind of
 * happening the article is about ("The battle resulted in …").
 * @example summarisesArticle(facts, 0) // true for "The Battle of Khirbet Al-Joz was fought between …"
 */
export function summarisesArticle(facts: Facts, sentence: number): boolean {
  if (!inLead(facts, sentence)) return false;
  const text = sentenceText(facts, sentence).replace(/^[\s"“*]+/, '');
  const title = facts.article.title.replace(/\s*\([^)]*\)\s*$/, '').trim();
  const bare = title.replace(/^(?:\d{4}(?:[–-]\d{2,4})?\s+)/, '');
  const opens = (name: string): boolean => name.length > 3 && (text.toLowerCase().startsWith(name.toLowerCase()) || text.toLowerCase().startsWith(`the ${name.toLowerCase()}`));
  return opens(title) || opens(bare) || THE_HAPPENING.test(text);
}

/** Days between two ISO days. */
export function daysBetween(start: string, end: string): number {
  return Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000);
}

/** The infobox's date: the date mention inside its date field. */
export function infoboxDate(facts: Facts): DateMention | null {
  const field = facts.article.infobox?.fields.find((f) => f.key === 'date');
  if (!field) return null;
  return facts.article.mentions.find((m): m is DateMention => m.kind === 'date' && m.sentence === null && m.span.start >= field.span.start && m.span.end <= field.span.end) ?? null;
}

/** Whether two dates may be one happening's: unknown, or overlapping. */
export function datesMeet(a: DateInterval | null, b: DateInterval | null): boolean {
  return !a || !b || (a.start <= b.end && b.start <= a.end);
}

const NEAR_KM = 25;

/** Whether two places may be one happening's: unknown, the same, within 25 km, or one only a country or region. */
export function placesMeet(facts: Facts, a: string | null, b: string | null): boolean {
  if (a === null || b === null || a === b) return true;
  const pa = facts.entity.get(a);
  const pb = facts.entity.get(b);
  if (!pa || !pb) return true;
  if (coarse(pa) || coarse(pb)) return pa.country === null || pb.country === null || pa.country === pb.country;
  return pa.lat !== null && pa.lon !== null && pb.lat !== null && pb.lon !== null && distanceKm(pa.lat, pa.lon, pb.lat, pb.lon) <= NEAR_KM;
}

const coarse = (e: Entity): boolean => e.precision === 'country' || e.precision === 3;

/** Whether two drafts' sides may be one happening's: no named actor of one stands against the other's. */
const TAKING = new Set(['capture', 'regain', 'take']);

export function sidesMeet(a: EventDraft, b: EventDraft): boolean {
  const fit = (x: string | null, y: string | null): boolean => x === null || y === null || x === y;
  // a fight is one whoever is named first; a place taken is not the same taking by the other side ("the Syrian
  // Army recaptured the city" is no "rebels taking over the city")
  const taking = TAKING.has(a.family) || TAKING.has(b.family);
  return (fit(a.actor1, b.actor1) && fit(a.actor2, b.actor2)) || (fit(a.actor1, b.actor2) && fit(a.actor2, b.actor1) && a.event_type === 'Battles' && !taking);
}
