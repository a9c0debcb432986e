// What befell the people or things a number counts. A general English lexicon: no conflict's own words.

/** `casualties` is the generic word (killed and wounded together); `lost` is for equipment. */
export type CasualtyKind = 'killed' | 'wounded' | 'captured' | 'missing' | 'casualties' | 'lost';

const KINDS: Record<CasualtyKind, readonly string[]> = {
  killed: ['killed', 'dead', 'died', 'die', 'dies', 'death', 'deaths', 'fatality', 'fatalities', 'kia', 'body', 'bodies',
    'executed', 'slain', 'perished', 'killing', 'kills', 'neutralized', 'neutralised'],
  wounded: ['wounded', 'injured', 'injury', 'injuries', 'wia', 'hurt', 'wounding', 'injuring'],
  captured: ['captured', 'detained', 'arrested', 'prisoner', 'prisoners', 'pow', 'pows', 'abducted', 'kidnapped', 'capturing'],
  missing: ['missing', 'mia'],
  casualties: ['casualty', 'casualties', 'loss', 'losses', 'victim', 'victims'],
  lost: ['destroyed', 'lost', 'downed', 'damaged', 'shot down', 'destroying', 'downing'],
};

const BY_WORD = new Map<string, CasualtyKind>(
  (Object.entries(KINDS) as [CasualtyKind, readonly string[]][]).flatMap(([kind, words]) => words.map((w) => [w, kind] as const)),
);

/** Every casualty word, longest first, for building patterns. */
export const CASUALTY_WORD_LIST: readonly string[] = [...BY_WORD.keys()].sort((a, b) => b.length - a.length);

/** A pattern source matching any casualty word or phrase as a whole word ("shot down" before "shot"). */
export const CASUALTY_WORDS_SOURCE = `(?<![\\p{L}-])(${CASUALTY_WORD_LIST.map((w) => w.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}-])`;

/**
 * The kind of loss a word names, or null.
 * @example casualtyKind('Killed') // 'killed' — "more than sixty jihadists were killed"
 */
export function casualtyKind(word: string): CasualtyKind | null {
  return BY_WORD.get(word.toLowerCase().replace(/\s+/g, ' ')) ?? null;
}

/**
 * Whether figures of two kinds count the same thing. The generic word covers killed and wounded, so
 * "60 casualties" may agree with "60 killed" but never contradicts it — unless it is zero, since
 * "no casualties" means nobody killed and nobody wounded.
 * @example kindsMeet('casualties', 'killed') // 'agree-only'
 */
export function kindsMeet(a: CasualtyKind, b: CasualtyKind, zero: { a: boolean; b: boolean }): 'same' | 'agree-only' | 'apart' {
  if (a === b) return 'same';
  const generic = (k: CasualtyKind, other: CasualtyKind): boolean => k === 'casualties' && (other === 'killed' || other === 'wounded');
  if (generic(a, b)) return zero.a ? 'same' : 'agree-only';
  if (generic(b, a)) return zero.b ? 'same' : 'agree-only';
  return 'apart';
}
