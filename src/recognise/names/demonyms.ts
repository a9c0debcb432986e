import type { NameLexicon } from '../../model/index.js';
import type { MentionDraft, Recogniser } from '../recogniser.js';
import { nameMention } from './_mention.js';
import { FORCE_NOUNS, PLACE_NOUNS } from './_words.js';

// "French planes", "Malian forces", "Algerian airspace", "the Mauritanian-Malian border", "French intervention"
// "Syrian Army", "Syrian Arab Army", "French Air Force": the force noun may be capitalised.
// The words after are looked ahead, not consumed, so "The Russian military" and "Turkish and Russian forces" each find both.
// People whose demonym tells where they come from, not a state that acts: bombers, jihadists, nationals.
const NATIONALS = /^(?:suicide )?(?:bombers?|jihadists?|nationals?|gunm[ae]n|extremists?|islamists?)\b/;
const DESCRIBES_NAME_AFTER = /^ of (?:the )?\p{Lu}/u;
const DEMONYM_PHRASE = /\b(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?=((?: [\p{L}-]+){0,3}))/gu;

/**
 * Demonyms and country adjectives: before a force noun they name the state's forces, before a place
 * noun the country as a place, and alone the state.
 * @example demonymRecogniser(lexicon) // "French planes" → actor; "Algerian airspace" → place
 */
export function demonymRecogniser(lexicon: NameLexicon): Recogniser {
  return {
    name: 'names:demonym',
    recognise(context) {
      const found: MentionDraft[] = [];
      for (const match of context.text.matchAll(DEMONYM_PHRASE)) {
        const adjective = match[1] ?? '';
        if (!adjective.split('-').every((part) => lexicon.countryOfDemonym(part) !== null)) continue;
        // "pro-Russian separatists", "anti-Assad": a stance toward a country, not the country
        if (/\b(?:pro|anti)-$/i.test(context.text.slice(Math.max(0, (match.index ?? 0) - 5), match.index ?? 0))) continue;
        // "Free Syrian Army", "Islamic Iranian …": a demonym inside a longer proper name is that name's
        if (/(?:^|\s)(?!The\s)\p{Lu}[\p{L}'’-]*\s$/u.test(context.text.slice(0, match.index ?? 0).slice(-30)) && (match.index ?? 0) > 0) continue;
        const start = context.offset + (match.index ?? 0);
        const following = (match[2] ?? '').trim().split(' ').filter((w) => w !== '');
        // "a Jordanian suicide bomber", "Saudi jihadists": the nationality of people who fight for no state
        if (NATIONALS.test(following.slice(0, 2).join(' '))) continue;
        const nounLength = headNounLength(following);
        const phrase = [adjective, ...following.slice(0, nounLength.length)].join(' ');
        // "printed in French", "spoke in Arabic": a demonym alone after "in" names a language
        if (nounLength.length === 0 && /\bin $/.test(context.text.slice(0, match.index ?? 0))) continue;
        const kind = nounLength.kind === 'place' ? 'place' : 'actor';
        const end = nounLength.length > 0 ? start + phrase.length : start + adjective.length;
        // "the Syrian town of Manbij", "the Malian locality of X": the phrase describes the place named after it
        if (kind === 'place' && DESCRIBES_NAME_AFTER.test(context.text.slice(end - context.offset, end - context.offset + 40))) continue;
        found.push(nameMention(context, { kind, start, end, rule: this.name }));
      }
      return found;
    },
  };
}

// How many of the words after a demonym belong to its noun phrase, and what the phrase names.
function headNounLength(given: string[]): { length: number; kind: 'force' | 'place' | 'none' } {
  const words = given.map((w) => w.toLowerCase());
  for (let n = 1; n <= Math.min(3, words.length); n++) {
    if (words.slice(0, n - 1).some((w) => /^(and|or|of|in|the|to|by|with)$/.test(w))) continue;
    const phrase = words.slice(0, n).join(' ');
    const last = words[n - 1] ?? '';
    if (PLACE_NOUNS.has(phrase) || PLACE_NOUNS.has(last)) return { length: n, kind: 'place' };
    if (FORCE_NOUNS.has(phrase) || FORCE_NOUNS.has(last)) return { length: n, kind: 'force' };
  }
  return { length: 0, kind: 'none' };
}
