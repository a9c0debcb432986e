// parseNumber's own file, not the recognisers' index: that would load wink-nlp into every export.
import { parseNumber } from '../recognise/quantities/parseNumber.js';
import type { EventRecord } from '../store/index.js';

/** One figure of a toll and the words for whom it counts: "nine rebels" → { count: 9, noun: 'rebels' }. */
export interface TollPart {
  count: number;
  noun: string;
}

// Between the parts of a summed toll: "22 soldiers, nine rebels and two civilians".
const SEPARATOR = /\s*,\s*(?:and\s+|as well as\s+)?|\s+(?:and|as well as|plus)\s+/i;
// "at least 41 civilians", "more than sixty jihadists", "an estimated 300 people"
const QUALIFIER = /^(?:(?:at least|at most|more than|fewer than|less than|over|about|around|some|nearly|almost|up to|an estimated|estimated|approximately|roughly|a total of)\s+)+/i;

// A number of one to four words at the start of a part, and the words after it.
function part(text: string): TollPart | null {
  const words = text.replace(QUALIFIER, '').trim().split(/\s+/);
  for (let n = Math.min(4, words.length); n >= 1; n--) {
    const parsed = parseNumber(words.slice(0, n).join(' '));
    if (parsed) return { count: parsed.value, noun: words.slice(n).join(' ') };
  }
  return null;
}

/**
 * The parts of the toll an event counts (the claim its best figure comes from), read from its words
 * in the evidence: one part with the whole best figure, or the parts of a summed list when they add
 * up to it. None when the words are not in the evidence (an infobox figure) or do not parse.
 * @example tollParts(clash) // [{ count: 22, noun: 'soldiers' }, { count: 9, noun: 'rebels' }] — "22 soldiers and nine rebels were killed"
 */
export function tollParts(event: Pick<EventRecord, 'fatalities' | 'claims' | 'evidence'>): TollPart[] {
  const best = event.fatalities.best;
  const claim = event.claims.find((c) => c.review === undefined && c.figure.best === best);
  if (best === null || !claim) return [];
  const { start, end } = claim.span;
  const told = event.evidence.find((e) => e.start <= start && end <= e.end);
  if (!told) return [];
  const parts = told.text.slice(start - told.start, end - told.start).split(SEPARATOR).map(part);
  if (parts.length === 0 || parts.some((p) => p === null)) return [];
  const found = parts as TollPart[];
  if (found.length === 1) return [{ count: best, noun: found[0]?.noun ?? '' }];
  return found.reduce((sum, p) => sum + p.count, 0) === best ? found : [];
}
