import type { MentionDraft, Recogniser, RecogniseContext } from '../recogniser.js';
import { nameMention } from './_mention.js';
import { ARMED_OPPOSITION_WORDS, CIVILIAN_NOUNS, CIVILIAN_TRADES, GROUP_NAME_WORDS, GROUP_NOUNS, UNARMED_PEOPLE } from './_words.js';

const PEOPLE_WORDS = new Set([...CIVILIAN_TRADES, ...UNARMED_PEOPLE]);

// "residents of Gao", "Residents of the city"
const RESIDENTS_OF = /\b([Rr]esidents|[Ii]nhabitants|[Cc]ivilians|[Vv]illagers) of ((?:the )?\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*)/gu;
const WORD = /\p{L}+/gu;
// "opposition fighters", "armed opposition groups", "anti-government forces": the armed opposition, named as its
// fighters are (not "the opposition" alone, nor "opposition activists" or "opposition-held": a politics, a source, a side of the map)
const opening = (w: string): string => `[${(w[0] ?? '').toUpperCase()}${w[0] ?? ''}]${w.slice(1)}`;
const ARMED_OPPOSITION = new RegExp(`\\b(?:[Aa]rmed )?(?:${ARMED_OPPOSITION_WORDS.map(opening).join('|')}) (?:fighters|forces|groups?|factions|militias|units|militants)\\b`, 'g');
// "government fighters", "pro-government fighters": the state's own, named as its forces are (see forces.ts)
const STATE_FIGHTERS = /(?:^|\s|[Pp]ro-)(?:government|regime) $/;
// The collective noun a group word may modify: "jihadist groups", "rebel forces".
const COLLECTIVE = /^ (groups?|forces|factions|fighters|militias|units|positions)\b/;
// A proper modifier right before it: "Tuareg rebels", "Kurdish fighters".
// ("pro-Russian separatists", "pro-government militias": a stance is part of the group's name.)
const PROPER_MODIFIER = /(?:^|[\s"“‘'])((?:\p{Lu}[\p{L}-]+ ){0,2}(?:\p{Lu}[\p{L}-]+|(?:pro|anti)-[\p{L}-]+)) $/u;
// What ties a group noun to the named actor right after it: "the jihadist Movement…", "rebels of the National…"
// ("the jihadist group Jabhat al-Nusra": a hyphenated Arabic article inside the name keeps it going.)
// A name's words after its first capital: capitalised words, an Arabic article glued to one ("ash-Sham"), and connectors.
const NAME_BODY = "(?:\\p{Lu}[\\p{L}'’-]*)(?: (?:\\p{Lu}[\\p{L}'’-]*|(?:al|el|ad|ar|as|ash|at|az|ed|en|er|es|et)-\\p{Lu}[\\p{L}'’-]*|of|for|the|and|in))*";
const TIED_NAME = new RegExp(`^(?: of(?: the)?)? (${NAME_BODY})`, 'u');

/**
 * Group nouns ("jihadists", "rebels", "residents") with their modifier; where the words tie one to a
 * named actor ("the jihadist Movement for Oneness…", "Tuareg rebels of the National Movement…"), that
 * actor's name rides along as `aliasOf` for the resolver.
 * @example groupRecogniser.recognise(ctx) // "Tuareg rebels" aliasOf "National Movement for the Liberation of Azawad"
 */
export const groupRecogniser: Recogniser = {
  name: 'names:group',
  recognise(context) {
    const found: MentionDraft[] = [];
    const covered: [number, number][] = [];
    for (const match of context.text.matchAll(RESIDENTS_OF)) {
      const at = match.index ?? 0;
      covered.push([at, at + match[0].length]);
      found.push(nameMention(context, { kind: 'group', start: context.offset + at, end: context.offset + at + match[0].length, rule: 'names:residents-of' }));
    }
    for (const match of context.text.matchAll(ARMED_OPPOSITION)) {
      const at = match.index ?? 0;
      covered.push([at, at + match[0].length]);
      found.push(nameMention(context, { kind: 'group', start: context.offset + at, end: context.offset + at + match[0].length, rule: 'names:group' }));
    }
    for (const match of context.text.matchAll(WORD)) {
      const at = match.index ?? 0;
      if (!GROUP_NOUNS.has(match[0].toLowerCase()) || covered.some(([s, e]) => at >= s && at < e)) continue;
      if (match[0] === 'fighters' && STATE_FIGHTERS.test(context.text.slice(Math.max(0, at - 20), at))) continue;
      // "Kurdistan Workers' Party", "Green Mountain Boys": a trade or people word written with a capital
      // inside a sentence is part of a name
      if (PEOPLE_WORDS.has(match[0].toLowerCase()) && /^\p{Lu}/u.test(match[0]) && (at > 0 || CIVILIAN_TRADES.has(match[0].toLowerCase()))) continue;
      found.push(groupMention(context, at, match[0]));
    }
    return found;
  },
};

// "two fighters from Jund al-Aqsa": the group they come from, when its name says it is one ("fighters from Raqqa"
// come from a town, and "from" names no group). The phrase is the mention: these fighters are that group's,
// not every "fighters" of the article.
const FROM_NAME = new RegExp(`^ from(?: the)? (${NAME_BODY})`, 'u');
function memberOf(after: string): { name: string; length: number } | null {
  const match = FROM_NAME.exec(after);
  const name = match?.[1]?.replace(/ (and|in|of|for|the)$/, '');
  if (!match || !name || !name.toLowerCase().split(/[\s-]+/).some((w) => GROUP_NAME_WORDS.has(w))) return null;
  return { name, length: match[0].length - ((match[1] ?? '').length - name.length) };
}

function groupMention(context: RecogniseContext, at: number, noun: string): MentionDraft {
  const found = PROPER_MODIFIER.exec(context.text.slice(Math.max(0, at - 40), at))?.[1] ?? tradeModifier(context, at, noun);
  // A capitalised sentence opener is no modifier: "Later FSA rebels" is modified by "FSA" alone.
  const opener = at - found.length - 1 === 0 && context.sentence?.tokens?.[0]?.pos !== 'PROPN';
  const modifier = opener ? found.split(' ').slice(1).join(' ') : found;
  const properModifier = modifier !== '' && !/^(The|A|An|Some|Many|Several|Most|Other|Residents|Local|According|When|After|Before|While)\b/.test(modifier);
  const start = at - (properModifier ? modifier.length + 1 : 0);
  const collective = COLLECTIVE.exec(context.text.slice(at + noun.length))?.[0] ?? '';
  const end = at + noun.length + collective.length;
  // "journalist Tatul Hakobyan": a name after a people word is a person's, not an armed group's
  if (PEOPLE_WORDS.has(noun.toLowerCase())) return nameMention(context, { kind: 'group', start: context.offset + start, end: context.offset + end, rule: 'names:group', aliasOf: null });
  const tied = TIED_NAME.exec(context.text.slice(end))?.[1]?.replace(/ (and|in|of|for|the)$/, '') ?? null;
  const member = tied === null ? memberOf(context.text.slice(end)) : null;
  const last = end + (member?.length ?? 0);
  return nameMention(context, { kind: 'group', start: context.offset + start, end: context.offset + last, rule: 'names:group', aliasOf: tied ?? member?.name ?? null });
}

// "Turkish truck drivers", "Syrian aid workers": civilians whose trade word stands between the demonym and the noun.
function tradeModifier(context: RecogniseContext, at: number, noun: string): string {
  if (!CIVILIAN_NOUNS.has(noun.toLowerCase())) return '';
  const before = /(?:^|[\s"“‘'])(\p{Lu}[\p{L}-]+ \p{Ll}+) $/u.exec(context.text.slice(Math.max(0, at - 40), at));
  return before?.[1] ?? '';
}
