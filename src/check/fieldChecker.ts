import type { Check, InfoboxField, Span } from '../model/index.js';
import type { CheckContext } from './checkContext.js';

/**
 * One kind of infobox field and how prose confirms it, in chrono's shape: a name, the normalised keys
 * it reads, and a function that never throws on odd text (it returns an `unsupported` check instead,
 * or null when the field gives it nothing to say).
 */
export interface FieldChecker {
  name: string;
  keys: RegExp;
  check(context: CheckContext, field: InfoboxField): Check | null;
}

/**
 * A check of `field` as the article labels it.
 * @example verdict(casualties1, 'unsupported', null, 'no prose figure for France')
 */
export function verdict(field: InfoboxField, result: Check['verdict'], evidence: Span | null, reason: string): Check {
  return { field: field.label, infobox: field.value, verdict: result, evidence, reason };
}
