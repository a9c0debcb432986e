import { CONFLICT_WORD } from './_conflictNames.js';

// Leading words that only connect: "the", "in the", "part of the", "during".
const LEAD = /^(?:and\s+)?(?:(?:part of|in|of|during|within)\s+)?(?:the\s+)?/i;
const EDGES = /^[\s,;.:·]+|[\s,;.:·]+$/g;
const clean = (text: string): string => text.replace(EDGES, '').replace(LEAD, '').replace(EDGES, '').trim();

// Splits on commas, semicolons, middle dots and "and" outside brackets; a piece that starts with
// "in the"/"of the" continues the piece before ("the Hasaka campaign …, in the Rojava conflict").
function pieces(text: string): string[][] {
  const out: string[][] = [];
  let depth = 0;
  let current = '';
  const flush = (): void => {
    const continues = /^\s*(?:in|of|during)\s+the\b/i.test(current);
    const last = out.at(-1);
    if (continues && last) last.push(current);
    else if (current.trim()) out.push([current]);
    current = '';
  };
  for (const token of text.split(/(\(|\)|,\s*and\s+|,|;|\s·\s|\s+and\s+)/)) {
    if (token === '(') depth++;
    if (token === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && token !== '(' && token !== ')' && /^(?:,\s*and\s+|,|;|\s·\s|\s+and\s+)$/.test(token)) flush();
    else current += token;
  }
  flush();
  return out;
}

// "A of the B", "A in the B", "A during the B": A is part of B when both name conflicts.
function split(name: string): string[] {
  // "the eastern Ukraine offensive's Battle of Donbas in the 2022 Russian invasion": the battle, the offensive, the invasion
  const possessive = /^(.+?)['’]s\s+(.+)$/.exec(name);
  if (possessive?.[1] && possessive[2] && CONFLICT_WORD.test(possessive[1]) && CONFLICT_WORD.test(possessive[2])) {
    const [part, ...wider] = split(clean(possessive[2]));
    return [part ?? '', ...split(clean(possessive[1])), ...wider];
  }
  const bracket = /^(.+?)\s*\(([^)\d]+)\)$/.exec(name);
  if (bracket?.[1] && bracket[2] && CONFLICT_WORD.test(bracket[2])) {
    // "the Syrian Civil War (Rif Dimashq Governorate campaign)": the narrower one is the part
    const [outer, inner] = [clean(bracket[1]), clean(bracket[2])];
    return /\bwar\b/i.test(outer) && !/\bwar\b/i.test(inner) ? [inner, outer] : [outer, inner];
  }
  const link = /^(.+?)\s+(?:of|in|during)\s+the\s+(.+)$/i.exec(name);
  if (link?.[1] && link[2] && CONFLICT_WORD.test(link[1]) && CONFLICT_WORD.test(link[2])) return [clean(link[1]), ...split(clean(link[2]))];
  return [name];
}

/**
 * The conflicts an infobox `partof` value (or a title) places an article in, as chains from the
 * narrowest to the widest; several chains when it lists several conflicts.
 * @example partofChains('the southern Ukraine campaign of the 2022 Russian invasion of Ukraine') // [['southern Ukraine campaign', '2022 Russian invasion of Ukraine']]
 * @example partofChains('the Kyiv offensive and the 2022 Russian invasion of Ukraine') // [['Kyiv offensive'], ['2022 Russian invasion of Ukraine']]
 */
export function partofChains(value: string): string[][] {
  return pieces(value.replace(/\s+/g, ' '))
    .map((group) => group.flatMap((piece) => split(clean(piece))).map(clean).filter((n) => /\p{L}{2}/u.test(n)))
    .filter((chain) => chain.length > 0);
}
