import type { Check } from '../model/index.js';
import type { ResolvedArticle } from '../resolve/index.js';
import { checkContext } from './checkContext.js';
import type { FieldChecker } from './fieldChecker.js';
import { fieldCheckers } from './fieldCheckers.js';

/**
 * The check stage: every infobox field prose can confirm (date, place, combatants, commanders, units,
 * strength, casualties), with a verdict — agrees, contradicts, unsupported — and the prose words that
 * decided it, in the infobox's order.
 * @example checkInfobox(seed).find((c) => c.field === 'Casualties2') // { infobox: '60+ killed', verdict: 'agrees', evidence: … "more than sixty jihadists were killed" }
 */
export function checkInfobox(article: ResolvedArticle, checkers: readonly FieldChecker[] = fieldCheckers): Check[] {
  const fields = article.infobox?.fields ?? [];
  if (fields.length === 0) return [];
  const context = checkContext(article);
  const checks: Check[] = [];
  for (const field of fields) {
    const checker = checkers.find((c) => c.keys.test(field.key));
    const check = checker && field.value.trim() !== '' ? checker.check(context, field) : null;
    if (check) checks.push(check);
  }
  return checks;
}
