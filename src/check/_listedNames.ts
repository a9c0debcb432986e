import type { InfoboxField, NameMention, QuantityMention } from '../model/index.js';
import { type ResolvedArticle, fieldMentions, fieldNames, inside } from '../resolve/index.js';
import type { NameItem } from './_proseName.js';

// What separates listed items when the recognisers read no name: "52nd Brigade · 17th Brigade".
const ITEM_SEPARATOR = /\s*[·,;\n]\s*/;

/**
 * The names an infobox field lists, as items to look for in prose: the names the recognisers read
 * (only `kinds`, when any of those was read), leaving out the words of a count ("50 Afghan fighters"
 * is a figure, not a name); else the field's words split at its separators.
 * @example listedNames(seed, combatant2, ['actor']) // [{ text: 'MOJWA', entity: 'e5', kind: 'actor' }]
 */
export function listedNames(article: ResolvedArticle, field: InfoboxField, kinds: readonly NameMention['kind'][] = []): NameItem[] {
  const counts = fieldMentions(article, field).filter((m): m is QuantityMention => m.kind === 'quantity');
  const names = fieldNames(article, field).filter((n) => !counts.some((q) => inside(n.span, q.span)));
  const preferred = names.filter((n) => kinds.includes(n.kind));
  const chosen = preferred.length > 0 ? preferred : names;
  if (chosen.length > 0) return chosen.map((n) => ({ text: withoutFileName(article.text.slice(n.span.start, n.span.end)), entity: n.entity, kind: n.kind }));
  if (counts.length > 0) return [];
  return field.value
    .split(ITEM_SEPARATOR)
    .map((text) => text.trim())
    .filter((text) => text.length > 1)
    .map((text) => ({ text: withoutFileName(text), entity: null, kind: null }));
}

// A flag or emblem's file name left before a name: "SSI of the Sparta Battalion.svg Sparta Battalion".
function withoutFileName(name: string): string {
  return name.replace(/^.*\.(?:svg|png|jpe?g|gif)\s+/i, '');
}
