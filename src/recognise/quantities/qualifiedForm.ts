import { NUMBER, QUALIFIED_HINT } from './_numberSource.js';
import { countOf, QUALIFIER, qualifierOf } from './_qualifiers.js';
import type { QuantityForm } from './_form.js';
import { parseNumber } from './parseNumber.js';

// "took over 12 villages" seizes them; the "over" belongs to the verb, not to the number.
const PHRASAL_OVER = /\b(?:take|takes|took|taken|taking|hand|hands|handed|handing|turn|turns|turned|turning|win|won|fought|fighting|spread)\s+$/i;

/**
 * A number after words that qualify it: "more than sixty", "at least 137", "up to 300", "about 50".
 * @example qualifiedForm.pattern.exec('more than sixty jihadists were killed')?.[0] // 'more than sixty'
 */
export const qualifiedForm: QuantityForm = {
  rule: 'quantity:qualified',
  // more than sixty · at least 137 · up to 300 · some 300 · an estimated 500 · ~1,000 · c. 8,000
  pattern: new RegExp(`(${QUALIFIER})(${NUMBER})`, 'giu'),
  hint: QUALIFIED_HINT,
  read(match) {
    const words = match[1] ?? '';
    const parsed = parseNumber(match[2] ?? '');
    if (!parsed) return null;
    if (/^over/i.test(words) && PHRASAL_OVER.test(match.input.slice(0, match.index))) return null;
    return {
      rule: this.rule,
      index: match.index,
      length: match[0].length,
      count: countOf(qualifierOf(words), parsed.value),
      numerals: [match[2] ?? ''],
      bridge: parsed.value >= 2 ? 'partitive' : 'none',
    };
  },
};
