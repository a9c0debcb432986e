import type { GoldRecord } from './goldFile.js';

export interface UnlocatedQuote {
  /** The event or movement id, or `check:<field>`. */
  owner: string;
  quote: string;
}

/**
 * The gold quotes that do not occur in the article text: an event whose quotes are all missing can
 * never be matched, so the scorer's caller should say so rather than report a silent miss.
 * @example unlocatedEvidence(gold, text) // [{ owner: 'gao-air-strikes', quote: 'French planes bombed the city of Gao' }]
 */
export function unlocatedEvidence(gold: GoldRecord, text: string): UnlocatedQuote[] {
  const owners: [string, readonly string[]][] = [
    ...gold.events.map((e): [string, readonly string[]] => [e.id, e.evidence]),
    ...gold.movements.map((m): [string, readonly string[]] => [m.id, m.evidence]),
    ...gold.consistency.map((c): [string, readonly string[]] => [`check:${c.field}`, c.evidence === undefined ? [] : [c.evidence]]),
  ];
  return owners.flatMap(([owner, quotes]) => quotes.filter((quote) => !text.includes(quote)).map((quote) => ({ owner, quote })));
}
