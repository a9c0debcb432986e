import type { NumberExpression, QuantityForm } from './_form.js';
import { notACount } from './_notCounts.js';
import type { Word } from './_words.js';

/**
 * Every form's number expressions in the words, less dates, times and names, with overlaps settled
 * as chrono's refiner does: the earliest start wins, then the longest, then the earlier form.
 * `words` is asked for only when a form matches: most sentences hold no number to tag words for.
 * @example numberExpressions('more than sixty jihadists', forms, () => words).map((e) => e.rule) // ['quantity:qualified']
 */
export function numberExpressions(text: string, forms: readonly QuantityForm[], words: () => readonly Word[]): NumberExpression[] {
  const found: { expression: NumberExpression; order: number }[] = [];
  forms.forEach((form, order) => {
    if (form.hint && !form.hint.test(text)) return;
    form.pattern.lastIndex = 0;
    for (let match = form.pattern.exec(text); match; match = form.pattern.exec(text)) {
      if (match[0] === '') form.pattern.lastIndex++;
      const expression = form.read(match);
      if (expression && !notACount(text, expression, words)) found.push({ expression, order });
    }
  });
  found.sort((a, b) => a.expression.index - b.expression.index || b.expression.length - a.expression.length || a.order - b.order);
  const kept: NumberExpression[] = [];
  let reached = 0;
  for (const { expression } of found) {
    if (expression.index < reached) continue;
    kept.push(expression);
    reached = expression.index + expression.length;
  }
  return kept;
}
