import { NUMBER } from './_numberSource.js';
import { countOf } from './_qualifiers.js';
import type { QuantityForm } from './_form.js';
import { parseNumber } from './parseNumber.js';

/**
 * A number with a plus sign: more than it, as "more than 60" is (DESIGN.md: low 60, best 60).
 * @example plusForm.pattern.exec('60+ killed')?.[0] // '60+'
 */
export const plusForm: QuantityForm = {
  rule: 'quantity:plus',
  // 60+ killed · 1,063+ civilians killed · 300,000+ civilians displaced
  pattern: new RegExp(`(${NUMBER})\\+(?![\\p{N}])`, 'giu'),
  // the plus sign is written: most sentences have none
  hint: /\+/,
  read(match) {
    const parsed = parseNumber(match[1] ?? '');
    if (!parsed) return null;
    return {
      rule: this.rule,
      index: match.index,
      length: match[0].length,
      count: countOf('more_than', parsed.value),
      numerals: [match[1] ?? ''],
      bridge: 'none',
    };
  },
};
