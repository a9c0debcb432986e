import { countOf } from './_qualifiers.js';
import type { QuantityForm } from './_form.js';

// DESIGN.md's "several" without a number: 3, the least it can mean, as ACLED codes it.
const SEVERAL = 3;

/**
 * "Several", "a number of", "a few" before a noun: a count of at least three, qualifier `vague`, no
 * high ("several dozen" is `vagueForm`'s, the longer words).
 * @example severalForm.pattern.exec('a number of rebels were killed in an ambush')?.[0] // 'a number of'
 */
export const severalForm: QuantityForm = {
  rule: 'quantity:several',
  // several soldiers · a number of rebels · a few civilians (not "a few days later", a time word's)
  pattern: /(?<![\p{L}\p{N}-])(?:several|a number of|a few)(?=\s+\p{L})/giu,
  hint: /several|a number of|a few/iu,
  read(match) {
    const after = match.input.slice(match.index + match[0].length);
    if (/^\s+(?:of\s|times?\b|days?\b|hours?\b|weeks?\b|months?\b|years?\b|minutes?\b|kilometres?\b|kilometers?\b|km\b|miles?\b)/i.test(after)) return null;
    return {
      rule: this.rule,
      index: match.index,
      length: match[0].length,
      count: countOf('vague', SEVERAL),
      numerals: [],
      bridge: 'none',
    };
  },
};
