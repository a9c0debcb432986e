import type { Span } from '../model/index.js';
import type { CheckContext } from './checkContext.js';
import { proseName, type NameItem } from './_proseName.js';

/** Which listed names the prose gives, each with its words. */
export interface NamesFound {
  found: { item: NameItem; span: Span }[];
  missing: NameItem[];
}

/**
 * Looks for each listed name in the prose.
 * @example namesFound(context, [{ text: 'MOJWA', entity: 'e5', kind: 'actor' }]).found.length // 1
 */
export function namesFound(context: CheckContext, items: readonly NameItem[]): NamesFound {
  const result: NamesFound = { found: [], missing: [] };
  for (const item of items) {
    const span = proseName(context, item);
    if (span) result.found.push({ item, span });
    else result.missing.push(item);
  }
  return result;
}

/**
 * A reason line: "named in prose", or which of several are not.
 * @example namesReason({ found: [a], missing: [b, c] }) // '1 of 3 named in prose; not: Hezbollah, Iranian IRGC'
 */
export function namesReason({ found, missing }: NamesFound): string {
  if (found.length === 0) return 'never named in prose';
  if (missing.length === 0) return found.length === 1 ? 'named in prose' : `all ${found.length} named in prose`;
  const not = missing.slice(0, 3).map((m) => m.text).join(', ') + (missing.length > 3 ? ', …' : '');
  return `${found.length} of ${found.length + missing.length} named in prose; not: ${not}`;
}
