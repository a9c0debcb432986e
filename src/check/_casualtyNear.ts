import type { Span } from '../model/index.js';
import { CASUALTY_WORDS_SOURCE, casualtyKind, type CasualtyKind } from '../resolve/index.js';

// Words that may stand between a count and what befell it: "sixty jihadists [were] killed",
// "seven people [had been] killed", "12 soldiers [were reportedly] shot dead".
const BETWEEN = '(?:were|was|are|is|had|have|has|been|being|be|to|reportedly|allegedly|also|later|all|subsequently|eventually|confirmed|believed|thought|said|feared|either|both|then|ultimately|shot(?:\\s+and)?)';

// more than sixty jihadists| were killed · 12 officers| died · 60| wounded · 9 tanks| were shot down
const AFTER = new RegExp(`^\\s+(?:${BETWEEN}\\s+){0,4}${CASUALTY_WORDS_SOURCE}`, 'iu');

// A verb before the count makes the sentence's subject the one who did it: the attack killed |12 soldiers
// · killing |twelve · Russia had shot down |one drone.
const ACTIVE = /(?<![\p{L}-])(killing|killed|kills|wounding|wounded|injuring|injured|capturing|captured|shot\s+down|downing|downed|destroying|destroyed)\s+$/iu;
// A noun before the count: the death toll rose to |23 · the bodies of |61 · the deaths of |15 militants.
const NOMINAL = /(?<![\p{L}-])(deaths?\s+of|death\s+toll\s+(?:of|to|at|rose\s+to|reached)|toll\s+of|casualties\s+of|lives\s+of|bodies\s+of)\s+$/iu;

/** A casualty word beside a number, and the words from the number through it. */
export interface CasualtyNear {
  kind: CasualtyKind;
  span: Span;
  /** Whether a verb before the count says someone did it ("killing 12"): that someone is not the counted. */
  active: boolean;
}

/**
 * The casualty word that says what befell a counted group, after it ("were killed") or before it
 * ("killing", "the deaths of"), within the same sentence; null when none is near.
 * @example casualtyNear(text, sentenceSpan, quantitySpan) // { kind: 'killed', active: false, span: … "more than sixty jihadists were killed" }
 */
export function casualtyNear(text: string, sentence: Span, counted: Span): CasualtyNear | null {
  const after = AFTER.exec(text.slice(counted.end, sentence.end));
  const afterKind = after?.[1] ? casualtyKind(after[1]) : null;
  if (after && afterKind) return { kind: afterKind, span: { start: counted.start, end: counted.end + after[0].length }, active: false };
  const before = text.slice(Math.max(sentence.start, counted.start - 40), counted.start);
  for (const [pattern, active] of [[ACTIVE, true], [NOMINAL, false]] as const) {
    const found = pattern.exec(before);
    if (!found?.[1]) continue;
    const phrase = found[1];
    // "death toll rose to", "bodies of": the first word says the loss, and a toll counts the dead.
    const kind = casualtyKind(phrase) ?? casualtyKind(phrase.split(/\s+/)[0] ?? '') ?? 'killed';
    return { kind, span: { start: counted.start - found[0].length, end: counted.end }, active };
  }
  return null;
}
