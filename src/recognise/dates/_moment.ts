// The moment ends at punctuation or where a new clause joins: "after rebels took the city, …",
// "after the attack and before …". A clause after "after" is the moment itself, so verbs stay.
const STOP_AT = new Set(['and', 'but', 'or', 'while', 'when', 'which', 'who', 'whom', 'where', 'whereas', 'although', 'though', 'then', 'so']);
const TRAILING = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'of', 'in', 'on', 'at', 'to', 'by', 'from', 'with', 'near']);
const MAX_WORDS = 10;

/**
 * The moment named after "after"/"before" at `index`: "takeoff", "the ground assault", "rebels took
 * the city". Returns its words and where they end, or null.
 * @example momentAfter('Around six hours after takeoff, French forces bombed', 23) // { from: 'takeoff', end: 30 }
 */
export function momentAfter(text: string, index: number): { from: string; end: number } | null {
  const stretch = /^[^,.;:()!?"“”[\]]+/.exec(text.slice(index))?.[0] ?? '';
  const words: { word: string; end: number }[] = [];
  for (const match of stretch.matchAll(/\S+/g)) {
    if (words.length === MAX_WORDS || STOP_AT.has(match[0].toLowerCase())) break;
    words.push({ word: match[0], end: index + match.index + match[0].length });
  }
  while (words.length > 0 && TRAILING.has(words.at(-1)?.word.toLowerCase() ?? '')) words.pop();
  const last = words.at(-1);
  if (!last) return null;
  return { from: words.map((w) => w.word).join(' '), end: last.end };
}
