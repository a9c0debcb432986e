import type { Count, QuantityMention, Span } from '../../model/index.js';
import type { CasualtyKind } from './casualtyWords.js';
import { CIVILIAN_HEADS } from './heads.js';

/** A number the article gives, read for comparison: how many of what, and what befell them. */
export interface Figure {
  count: Count;
  /** The counted noun, singular ("jihadist"); '' when the words give none or only a casualty word ("60+ killed"). */
  head: string;
  /** What befell them; null when the words say nothing of loss ("four Rafale fighter jets"). */
  kind: CasualtyKind | null;
  /** Whether the counted are civilians ("4 civilians killed", "no civilian casualties"). */
  civilian: boolean;
  /** The words: the number and its noun, with the casualty word when one is near. */
  span: Span;
  /** Whether a verb before the count names a doer ("killing 12"), so the sentence's one side is not the counted. */
  active: boolean;
  /** The quantity mention it came from; null for a bare "None" or "3". */
  mention: QuantityMention | null;
}

/**
 * Whether a counted noun phrase names the unarmed.
 * @example isCivilianUnit('civilian casualties') // true
 */
export function isCivilianUnit(unit: string): boolean {
  return unit
    .toLowerCase()
    .split(/[\s/]+/)
    .some((word) => CIVILIAN_HEADS.has(word) || CIVILIAN_HEADS.has(word.replace(/s$/, '')));
}
