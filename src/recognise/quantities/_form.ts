import type { Count } from '../../model/index.js';

/** A number expression found by one form: where it lies in the words and what it counts. */
export interface NumberExpression {
  /** The form that read it, e.g. `quantity:range`. */
  rule: string;
  index: number;
  length: number;
  count: Count;
  /** The numbers as written ("sixty", "1,200"): a bare year is never a count of anything but things. */
  numerals: string[];
  /** What may stand between the number and its noun: "of the" (`partitive`), "of" (`of`), or nothing. */
  bridge: 'partitive' | 'of' | 'none';
  /** Only these head nouns may be counted ("no casualties", never "no man's land"). */
  heads?: ReadonlySet<string>;
}

/**
 * One shape of number expression, in chrono's parser shape: a global pattern and a reader. Forms
 * may overlap each other; the longest, earliest expression wins (`_expressions.ts`).
 */
export interface QuantityForm {
  rule: string;
  pattern: RegExp;
  /**
   * A quick test that every text the pattern can match passes (not global; the pattern's flags):
   * a sentence that fails it is not scanned. Most sentences hold no figure at all.
   */
  hint?: RegExp;
  read(match: RegExpExecArray): NumberExpression | null;
}
