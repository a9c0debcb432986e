import type { MentionDraft, RecogniseContext } from '../recogniser.js';
import { spanAt } from '../recogniser.js';
import { numberExpressions } from './_expressions.js';
import type { NumberExpression, QuantityForm } from './_form.js';
import { nounPhraseAfter, type NounPhrase } from './_nounPhrase.js';
import { FRACTIONS } from './_lexicon.js';
import { isYearLike } from './_numberSource.js';
import { wordsOf, type Word } from './_words.js';

export type QuantityDraft = Extract<MentionDraft, { kind: 'quantity' }>;

// "in 2014 Russia", "November 2012 rebels": a bare year counts only a plural common noun ("2000 men").
const YEAR_CONTEXT = /(?:\b(?:in|since|until|till|during|early|late|mid|summer|winter|spring|autumn|fall)\s+|mid-)$/i;
// A share, not a count: "40 percent of the town".
const SHARES = new Set(['percent', 'percentage', 'per']);

// Each recogniser of the family asks for the same context's quantities: read them once per form list.
const caches = new WeakMap<readonly QuantityForm[], WeakMap<RecogniseContext, QuantityDraft[]>>();

/**
 * Every quantity in the context, from all forms at once so that no two overlap; each recogniser
 * of the family keeps its own form's (`quantityRecognisers.ts`).
 * @example quantitiesIn(context, forms)[0]?.value // { count: { low: 4, best: 4, high: 4, qualifier: 'exact' }, unit: 'Rafale fighter jets', head: 'jet' }
 */
export function quantitiesIn(context: RecogniseContext, forms: readonly QuantityForm[]): QuantityDraft[] {
  const cache = caches.get(forms) ?? new WeakMap<RecogniseContext, QuantityDraft[]>();
  caches.set(forms, cache);
  const cached = cache.get(context);
  if (cached) return cached;
  const words = (): Word[] => wordsOf(context);
  const drafts: QuantityDraft[] = [];
  let reached = 0;
  for (const expression of numberExpressions(context.text, forms, words)) {
    if (expression.index < reached) continue; // inside the previous count's noun phrase
    const phrase = nounPhraseAfter(context.text, words(), expression);
    if (!phrase || !counts(context.text, expression, phrase)) continue;
    drafts.push({
      kind: 'quantity',
      span: spanAt(context, expression.index, phrase.end - expression.index),
      rule: expression.rule,
      stated: true,
      sentence: context.sentenceIndex,
      value: { count: expression.count, unit: phrase.unit, head: phrase.head },
    });
    reached = phrase.end;
  }
  cache.set(context, drafts);
  return drafts;
}

// A bare year, or a span of years ("2020–2021 Ayn Issa clashes"); "about 2000" and "1000-1500" are counts.
function yearLike(expression: NumberExpression): boolean {
  if (!expression.numerals.some(isYearLike) || expression.rule === 'quantity:qualified') return false;
  const { low, high } = expression.count;
  return expression.rule !== 'quantity:range' || (low !== null && high !== null && high - low <= 10);
}

function counts(text: string, expression: NumberExpression, phrase: NounPhrase): boolean {
  if (expression.heads && !expression.heads.has(phrase.head)) return false;
  if (SHARES.has(phrase.head)) return false;
  if (FRACTIONS.has(phrase.head) && /^\s+of\b/.test(text.slice(phrase.end, phrase.end + 4))) return false;
  if (!yearLike(expression)) return true;
  const word = phrase.headWord;
  const plural = word !== null && word.pos === 'NOUN' && phrase.head !== word.text.toLowerCase();
  return plural && phrase.unit === phrase.unit.toLowerCase() && !YEAR_CONTEXT.test(text.slice(Math.max(0, expression.index - 20), expression.index));
}
