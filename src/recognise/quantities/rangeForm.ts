import { NUMBER, RANGE_HINT } from './_numberSource.js';
import { QUALIFIER } from './_qualifiers.js';
import type { QuantityForm } from './_form.js';
import { parseNumber } from './parseNumber.js';

const SCALE = /\s(dozen|hundred|thousand|million|billion)$/i;

/**
 * Two numbers bounding one count: low and best are the lower (ACLED's conservative figure), high
 * the upper (UCDP); "300–410+" has no high. Words before it ("about 50–60") add nothing to a range.
 * @example rangeForm.pattern.exec('90–200 civilians killed')?.[0] // '90–200'
 */
export const rangeForm: QuantityForm = {
  rule: 'quantity:range',
  pattern: new RegExp(
    [
      // about · an estimated (optional, dropped)
      `(?:${QUALIFIER})?`,
      // between (only it allows "and")
      '(?:(between)\\s+)?',
      `(${NUMBER})`,
      // 50–150 · 21 – 25 · 50-150 · 50 to 150 · two or three · between 50 and 150
      '(?:\\s*[–—-]\\s*|\\s+(to|and|or)\\s+)',
      `(${NUMBER})`,
      // 300–410+
      '(\\+)?',
    ].join(''),
    'giu',
  ),
  hint: RANGE_HINT,
  read(match) {
    const [, between, first = '', joiner, second = '', plus] = match;
    if (joiner?.toLowerCase() === 'and' && !between) return null;
    const upper = parseNumber(second)?.value;
    let lower = parseNumber(first)?.value;
    if (lower === undefined || upper === undefined) return null;
    // "1.5–2 million", "three or four dozen": the scale written once belongs to both
    const scale = SCALE.exec(second)?.[1];
    if (scale && !SCALE.test(first)) lower *= parseNumber(`1 ${scale}`)?.value ?? 1;
    // "10-11,000 killed": the thousands written once, in the upper figure only
    else if (lower < 1000 && upper >= 1000 && lower * 1000 <= upper && lower * 1000 > upper / 2) lower *= 1000;
    if (!(lower < upper)) return null;
    return {
      rule: this.rule,
      index: match.index,
      length: match[0].length,
      count: { low: lower, best: lower, high: plus ? null : upper, qualifier: 'range' },
      numerals: [first, second],
      bridge: 'partitive',
    };
  },
};
