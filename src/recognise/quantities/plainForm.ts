import { NUMBER, NUMBER_HINT } from './_numberSource.js';
import { countOf } from './_qualifiers.js';
import type { QuantityForm } from './_form.js';
import { parseNumber } from './parseNumber.js';

/**
 * A bare number: exact, except "a dozen", which is a round figure (about 12).
 * Its noun may follow "of the" ("Two of the aircraft") unless it is "one" ("one of the first actions").
 * @example plainForm.pattern.exec('twelve laser-guided bombs')?.[0] // 'twelve'
 */
export const plainForm: QuantityForm = {
  rule: 'quantity:number',
  // 4 · twelve · 1,200 · 1.5 million · a dozen · one hundred and twenty
  pattern: new RegExp(NUMBER, 'giu'),
  hint: NUMBER_HINT,
  read(match) {
    const parsed = parseNumber(match[0]);
    if (!parsed) return null;
    return {
      rule: this.rule,
      index: match.index,
      length: match[0].length,
      count: countOf(parsed.approximate ? 'about' : 'exact', parsed.value),
      numerals: [match[0]],
      bridge: parsed.value >= 2 ? 'partitive' : 'none',
    };
  },
};
