import { countOf } from './_qualifiers.js';
import type { QuantityForm } from './_form.js';

/** Nouns a "no" before counts as zero: DESIGN.md's "no casualties" → 0. */
export const NONE_HEADS: ReadonlySet<string> = new Set(['casualty', 'death', 'fatality', 'injury', 'loss', 'victim']);

/**
 * "No" before a casualty noun: a count of zero, which the words state (DESIGN.md: never 0 from
 * silence, 0 when the text says none). Only the nouns in `NONE_HEADS` count.
 * @example noneForm.pattern.exec('there were no civilian casualties during the bombings')?.[0] // 'no'
 */
export const noneForm: QuantityForm = {
  rule: 'quantity:none',
  // no casualties · no civilian casualties · no deaths
  pattern: /(?<![\p{L}\p{N}])no(?=\s+\p{L})/giu,
  read(match) {
    return {
      rule: this.rule,
      index: match.index,
      length: match[0].length,
      count: countOf('exact', 0),
      numerals: [],
      bridge: 'none',
      heads: NONE_HEADS,
    };
  },
};
