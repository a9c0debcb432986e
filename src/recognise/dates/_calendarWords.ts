import type { ParsedResult } from 'chrono-node';

/** Where a chrono result's date words lie in the text once prepositions and time zones are trimmed. */
export interface DateWords {
  index: number;
  text: string;
}

// chrono keeps "On" in "On 21 March 2015" and "(UTC+3)" in "8 October 2022 (UTC+3)"; the span
// should hold the date words only.
const LEADING = /^(?:(?:on|in|at|by|from|since|until|till|of|the|during)\s+)+/i;
const TRAILING = /(?:\s*\((?:UTC|GMT)[^)]*\)|[\s,.;:]+)+$/;

// A month name as prose writes it: capitalised ("the march on Damascus" is no date).
const CAPITAL_MONTH = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|\d{4}-\d{2}-\d{2}/;

// A month alone needs a preposition before it: "in March", not "Theresa May" or "the Long March".
const MONTH_ALONE_BEFORE = /\b(?:in|since|until|till|during|by|from|through|throughout|to|and|or|of|before|after|between|early|late|mid)[\s-]*$/i;

// "early January 2013", "the end of March 2014": left to the part-of-period recognisers.
const PERIOD_PART_BEFORE = /\b(?:early|mid|late|beginning of|start of|end of|middle of|half of|week of|day of)[\s-]*$/i;

/** The date words of a chrono result, or null when they are not a date as an article writes one. */
export function dateWords(text: string, result: ParsedResult): DateWords | null {
  const lead = LEADING.exec(result.text)?.[0].length ?? 0;
  const words = result.text.slice(lead).replace(TRAILING, '');
  const index = result.index + lead;
  if (words === '' || !CAPITAL_MONTH.test(words)) return null;
  // chrono reads "October 32" as October 2032; a stated year has four digits.
  if (result.start.isCertain('year') && !/\d{4}/.test(words)) return null;
  const before = text.slice(0, index);
  if (PERIOD_PART_BEFORE.test(before)) return null;
  const monthAlone = !result.start.isCertain('day') && !result.start.isCertain('year') && !result.end;
  if (monthAlone && !MONTH_ALONE_BEFORE.test(before)) return null;
  return { index, text: words };
}
