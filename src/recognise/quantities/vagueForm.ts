import { countOf } from './_qualifiers.js';
import type { QuantityForm } from './_form.js';

// A vague plural counts one of its unit, as DESIGN.md reads "dozens" as 12 and "hundreds" as 100.
const UNIT: Record<string, number> = { ten: 10, dozen: 12, score: 20, hundred: 100, thousand: 1e3, million: 1e6 };

/**
 * A count without a figure: "dozens", "several hundred", "tens of thousands" → the least it can
 * mean (12, 100, 10,000), qualifier `vague`, no high.
 * @example vagueForm.pattern.exec('tens of pro-government fighters were killed')?.[0] // 'tens'
 */
export const vagueForm: QuantityForm = {
  rule: 'quantity:vague',
  pattern: new RegExp(
    [
      '(?<![\\p{L}\\p{N}-])',
      // several dozen · a few hundred · many thousands
      '(?:(several|a few|many)\\s+)?',
      // dozens · hundreds · thousands · millions · tens (of) · scores (of)
      '(tens|scores|dozens?|hundreds?|thousands?|millions?)',
      // tens of thousands · hundreds of thousands
      '(?:\\s+of\\s+(thousands|millions))?',
      '(?![\\p{L}\\p{N}])',
    ].join(''),
    'giu',
  ),
  // the unit word is written (the pattern's flags: the same case folding)
  hint: /tens|scores|dozen|hundred|thousand|million/iu,
  read(match) {
    const [, few, unit = '', times] = match;
    const plural = /s$/i.test(unit);
    const value = UNIT[unit.toLowerCase().replace(/s$/, '')];
    if (value === undefined || (!plural && !few)) return null; // "hundred" alone is a plain number's word
    const after = match.input.slice(match.index + match[0].length);
    // "tens" and "scores" count only before "of": "tens of fighters"
    if (/^(?:tens|scores)$/i.test(unit) && !times && !/^\s+of\s/i.test(after)) return null;
    const multiplier = times ? (UNIT[times.toLowerCase().replace(/s$/, '')] ?? 1) : 1;
    return {
      rule: this.rule,
      index: match.index,
      length: match[0].length,
      count: countOf('vague', value * multiplier),
      numerals: [],
      bridge: 'of',
    };
  },
};
