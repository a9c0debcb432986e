import type { NameLexicon, Token } from '../../model/index.js';
import type { MentionDraft, Recogniser, RecogniseContext } from '../recogniser.js';
import { properNounChunks, type Chunk } from './_chunks.js';
import { abbreviates } from './acronyms.js';
import { countryCode } from './countryCode.js';
import { earlierNames } from './_earlierNames.js';
import { nameMention } from './_mention.js';
import { FACILITY_WORDS, GROUP_NAME_WORDS, INSTITUTION_WORDS, LOCATIVE_PREPOSITIONS, NUMBERED_SITES, PART_OF_PLACE_NOUNS, PLACE_OBJECT_CUES, PLACE_FEATURE_NOUNS, REGION_WORDS, ROLE_NOUNS, UNIT_NAME_WORDS } from './_words.js';

type Kind = 'place' | 'actor' | 'person';

/**
 * Proper-noun chunks classified as places, actors or persons by the words around them: region words,
 * country names, organisation words, a role before a name, a locative preposition or a place noun.
 * Chunks it cannot place are left out rather than guessed.
 * @example chunkNameRecogniser(lexicon) // "in Aghabo, Kidal Region" → places; "minister Jean-Yves Le Drian" → person
 */
export function chunkNameRecogniser(lexicon: NameLexicon): Recogniser {
  return {
    name: 'names:chunk',
    recognise(context) {
      const found: MentionDraft[] = [];
      let previous: { chunk: Chunk; kind: Kind } | null = null;
      for (const chunk of properNounChunks(context)) {
        const name = chunk.text.replace(/^The /, '');
        if (lexicon.countryOfDemonym(name) !== null) continue; // the demonym recogniser reads these
        // "No Special Forces team is going to…": a name under a negative or universal determiner names no one.
        if (/^(?:No|Any|Every|Each)\s/.test(name)) continue;
        const titled = isPlaceAlready(context, chunk, name) ? null : titledPerson(chunk, name);
        if (titled) {
          const outer = rolePhraseBefore(context, context.sentence?.tokens ?? [], chunk.first);
          const role = outer ? `${outer} ${titled.title}` : titled.title;
          found.push(nameMention(context, { kind: 'person', start: chunk.end - titled.person.length, end: chunk.end, rule: 'names:title', role }));
          previous = { chunk, kind: 'person' };
          continue;
        }
        const classified = classify(context, chunk, name, lexicon, previous);
        if (classified) {
          const start = ordinalBefore(context, chunk, classified.kind) ?? chunk.end - name.length;
          found.push(nameMention(context, { kind: classified.kind, start, end: chunk.end, rule: `names:${classified.why}`, role: classified.role }));
          previous = { chunk, kind: classified.kind };
        }
      }
      return found;
    },
  };
}

// "the 8th Guards Combined Arms Army", "111th Regiment": a formation's number is part of its name.
function ordinalBefore(context: RecogniseContext, chunk: Chunk, kind: Kind): number | null {
  if (kind !== 'actor') return null;
  // read off the text: wink may split "111th" into "1" and "11th"
  const match = /(?:^|\s)(\d+(?:st|nd|rd|th))\s+$/.exec(context.article.text.slice(Math.max(0, chunk.start - 12), chunk.start));
  return match?.[1] ? chunk.start - match[0].length + match[0].indexOf(match[1]) : null;
}

// "at Sheikh Suleiman", and after it "Sheikh Suleiman finally fell": a title word can begin a place's name.
function isPlaceAlready(context: RecogniseContext, chunk: Chunk, name: string): boolean {
  const tokens = context.sentence?.tokens ?? [];
  const prev = tokens[chunk.first - 1];
  const before = prev ? context.article.text.slice(prev.span.start, prev.span.end).toLowerCase() : '';
  if (['at', 'in', 'near', 'into', 'towards', 'outside'].includes(before)) return true;
  return earlierNames(context.earlier).places.has(name);
}

/**
 * A title inside the chunk before a person's name: "Defence Minister Zakir Hasanov", "Lieutenant General
 * Mahdi Al-Gharrawi", "President Recep Tayyip Erdoğan".
 */
function titledPerson(chunk: Chunk, name: string): { title: string; person: string } | null {
  const words = name.split(' ');
  let last = -1;
  words.forEach((w, i) => {
    if (ROLE_NOUNS.has(w.toLowerCase()) && i < words.length - 1) last = i;
  });
  if (last < 0) return null;
  const rest = words.slice(last + 1);
  const restLower = rest.map((w) => w.toLowerCase());
  if (!rest.every((w) => /^(\p{Lu}|(al|el|ad|ar|as|bin|ibn|de|da|van|von|le|la)\b)/u.test(w)) || restLower.some((w) => GROUP_NAME_WORDS.has(w) || UNIT_NAME_WORDS.has(w) || PLACE_FEATURE_NOUNS.has(w) || REGION_WORDS.has(w))) return null;
  // "Secretary General", "Lieutenant Colonel": titles all through, no name after them
  if (restLower.every((w) => ROLE_NOUNS.has(w))) return null;
  return chunk.text.endsWith(rest.join(' ')) ? { title: words.slice(0, last + 1).join(' '), person: rest.join(' ') } : null;
}

interface Classified {
  kind: Kind;
  why: string;
  role: string | null;
}

function classify(context: RecogniseContext, chunk: Chunk, name: string, lexicon: NameLexicon, previous: { chunk: Chunk; kind: Kind } | null): Classified | null {
  const words = name.toLowerCase().split(/[\s-]+/);
  const last = words[words.length - 1] ?? '';
  const tokens = context.sentence?.tokens ?? [];
  const wordAt = (i: number): string => (tokens[i] ? context.article.text.slice(tokens[i].span.start, tokens[i].span.end).toLowerCase() : '');
  // "Kidal Region" is a place; "Islamic State" is not, unless the gazetteer knows the name before "State".
  const head = name.split(' ').slice(0, -1).join(' ');
  if (REGION_WORDS.has(last) && words.length > 1 && (last !== 'state' || lexicon.isPlaceName(head))) return { kind: 'place', why: 'region', role: null };
  if (countryCode(lexicon, name)) return { kind: 'place', why: 'country', role: null };
  // "Base 46", "Hill 300": a numbered site
  if (words.length === 2 && /^\d+$/.test(last) && NUMBERED_SITES.has(words[0] ?? '')) return { kind: 'place', why: 'numbered-site', role: null };
  // "Petro Mohyla Black Sea State University", "Sumy State University": a name ending in a building's word is a
  // site, whatever group word ("State") stands inside it; ending in another institution's word, no actor
  if (words.length > 1 && FACILITY_WORDS.has(last)) return { kind: 'place', why: 'facility', role: null };
  if (words.length > 1 && INSTITUTION_WORDS.has(last) && !UNIT_NAME_WORDS.has(last)) return null;
  if (words.some((w) => GROUP_NAME_WORDS.has(w) || UNIT_NAME_WORDS.has(w))) return { kind: 'actor', why: 'organisation', role: null };
  if (words.length > 1 && words.some((w) => INSTITUTION_WORDS.has(w))) return null;
  const role = rolePhraseBefore(context, tokens, chunk.first)
    ?? appositiveRole(context.article.text.slice(chunk.end, chunk.end + 120))
    ?? appositiveRoleBefore(context.article.text.slice(Math.max(0, chunk.start - 120), chunk.start), context.article.text.slice(chunk.end, chunk.end + 1));
  if (role && words.length >= 2) return { kind: 'person', why: 'role', role };
  const before = wordAt(chunk.first - 1) === 'the' ? wordAt(chunk.first - 2) : wordAt(chunk.first - 1);
  // "the N'Djamena airbase", and "The Firhoun and Bourem military camps" for both names.
  let k = chunk.last;
  while (/^(and|,)$/.test(wordAt(k)) && /^\p{Lu}/u.test(wordAt(k + 1) === '' ? '' : context.article.text.slice(tokens[k + 1]?.span.start, tokens[k + 1]?.span.end))) k += 2;
  if (PLACE_FEATURE_NOUNS.has(wordAt(k)) || PLACE_FEATURE_NOUNS.has(`${wordAt(k)} ${wordAt(k + 1)}`)) {
    return { kind: 'place', why: 'place-noun', role: null };
  }
  const according = /\baccording$/i.test(context.article.text.slice(Math.max(0, chunk.start - 20), chunk.start).replace(/\s+(?:to|the)\s*/g, ' ').trim());
  // "captured Sabkhawi from ISIL", "in a statement to SOHR": capital letters are a body's, not a place's (a country's are above)
  const letters = /^\p{Lu}{2,6}$/u.test(name);
  if (LOCATIVE_PREPOSITIONS.has(before) && before !== 'of' && !according && !letters) return { kind: 'place', why: 'locative', role: null };
  if (previous?.kind === 'place' && COORDINATED.test(context.article.text.slice(previous.chunk.end, chunk.start))) return { kind: 'place', why: 'coordinated', role: null };
  if (isKnownPersonTail(context, name)) return { kind: 'person', why: 'surname', role: null };
  // "FSA" beside an infobox's "Free Syrian Army" (or "YPG" beside its "YPG") is that actor, whatever town the letters also spell
  if (letters && actorOfAcronym(context, name, chunk.start)) return { kind: 'actor', why: 'acronym-of-actor', role: null };
  // ("the SDF": GeoNames lists airport codes among a town's names, and the resolver never reads capitals as a town)
  if (!letters && lexicon.isPlaceName(name)) return { kind: 'place', why: 'gazetteer', role: null };
  // "clashes broke out near Resafa between the Syrian Army and the SDF": letters a fight is between are a side
  if (letters && BETWEEN_SIDES.test(context.article.text.slice(Math.max(0, chunk.start - 120), chunk.start))) return { kind: 'actor', why: 'between-sides', role: null };
  // a village's name counts where the words say a place is meant: the object of a taking or a strike,
  // or after a locative preposition (already a place above); never a capitalised word on its own
  const cue = before === 'of' ? `${wordAt(chunk.first - 2)} of` : before;
  if (wordAt(chunk.first - 1) !== 'the' && PLACE_OBJECT_CUES.has(cue) && lexicon.isVillageName(name)) return { kind: 'place', why: 'village-object', role: null };
  // "stormed the base at Qarfa Shamaliya … rebels captured Qarfa Shamaliya": once a place, always a place
  if (earlierNames(context.earlier).places.has(name)) return { kind: 'place', why: 'seen-as-place', role: null };
  const ofWhat = wordAt(chunk.first - 1) === 'the' ? wordAt(chunk.first - 3) : wordAt(chunk.first - 2);
  if (before === 'of' && PART_OF_PLACE_NOUNS.has(ofWhat)) return { kind: 'place', why: 'part-of', role: null };
  if (FIGHTING_VERB_AFTER.test(context.article.text.slice(chunk.end, chunk.end + 40))) return { kind: 'actor', why: 'fighting-subject', role: null };
  // "… strategic points held by Al-Nusra": once an actor, always an actor
  if (context.earlier.some((m) => m.kind === 'actor' && m.value.name === name)) return { kind: 'actor', why: 'seen-as-actor', role: null };
  return null;
}

// An actor's name met earlier that the acronym is, or abbreviates (each distinct name asked once).
function actorOfAcronym(context: RecogniseContext, acronym: string, at: number): boolean {
  const actors = earlierNames(context.earlier).actors;
  if (actors.has(acronym)) return true;
  for (const name of actors) if (abbreviates(acronym, name)) return true;
  // "a Syrian Air Force Su-22M4, over airstrikes carried out by the SAF": a long form earlier in the same sentence
  const before = context.text.slice(0, Math.max(0, at - context.offset));
  for (const run of before.matchAll(CAPITALISED_RUN)) if (abbreviates(acronym, run[0].trim())) return true;
  return false;
}
const CAPITALISED_RUN = /\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|and|the)\s+)*\p{Lu}[\p{L}'’-]*)+/gu;

// "Al-Nusra stormed government positions": a name no other clue classifies, doing what armed actors do.
const FIGHTING_VERB_AFTER = /^\s+(?:(?:also|then|later|reportedly|again|allegedly|subsequently)\s+)?(?:stormed|attacked|ambushed|assaulted|shelled|bombed|captured|seized|overran|besieged|clashed|launched|fired|raided|massacred|executed|kidnapped|abducted)\b/;

// "Bassma Bassim, the head of the Mosul District Council, stated": a role in apposition after the name.
const APPOSITIVE = /^,\s+(?:the\s+|a\s+|an\s+)?((?:[\p{L}'’-]+\s+){0,3}?([\p{L}-]+)(?:\s+of\s+[^,;.]+)?)\s*[,;.]/u;

function appositiveRole(after: string): string | null {
  const match = APPOSITIVE.exec(after);
  return match?.[1] && match[2] && ROLE_NOUNS.has(match[2].toLowerCase()) ? match[1] : null;
}

// "the French Minister of the Armed Forces, Florence Parly, announced", "The spokesman for the staff,
// Frédéric Barbry, also mentions": the role in apposition before the name, the name closed by a comma.
const APPOSITIVE_BEFORE = /(?:^|[,;:(]\s*|[.!?]\s+|\b(?:[Tt]he|[Aa]n?)\s+)((?:[\p{L}'’-]+\s+){0,3}?([\p{L}-]+)(?:\s+(?:of|for)\s+[^,;.()]{1,60}?)?),\s*$/u;

function appositiveRoleBefore(before: string, next: string): string | null {
  if (next !== ',') return null;
  const match = APPOSITIVE_BEFORE.exec(before);
  return match?.[1] && match[2] && ROLE_NOUNS.has(match[2].toLowerCase()) ? match[1].replace(/^(?:the|a|an)\s+/i, '') : null;
}

// "Hasanov" after "Defence Minister Zakir Hasanov": the end of a person's name the article has given in full.
function isKnownPersonTail(context: RecogniseContext, name: string): boolean {
  return earlierNames(context.earlier).persons.some((person) => person !== name && person.endsWith(` ${name}`));
}

// "Kidal, Ménaka", "Kidal and Ménaka", "Kidal, and Ménaka", "Kidal or Ménaka": what lies between two
// places named together. A test, not trimming and joining the words between: the previous place
// may lie thousands of unplaced names back, and doing that for each of them took seconds.
const COORDINATED = /^\s*(?:,|and|,\s+and|or)\s*$/;
// "between the Syrian Army and the SDF", "between ISIL and the": the second of two sides, in one clause
const BETWEEN_SIDES = /\bbetween\s[^,;.()]{2,80}\sand\s+(?:the\s+)?$/;

// Function words and verbs end a role phrase: "stated that French defense minister …" gives "French defense minister".
const NOT_IN_ROLE = new Set(['VERB', 'AUX', 'ADP', 'DET', 'PRON', 'CCONJ', 'SCONJ', 'PUNCT', 'NUM', 'PART', 'SYM']);

// Up to four words before a name ending in a role noun: "French defense minister", "rebel commander".
function rolePhraseBefore(context: RecogniseContext, tokens: Token[], first: number): string | null {
  const word = (i: number): string => context.article.text.slice((tokens[i] as Token).span.start, (tokens[i] as Token).span.end);
  if (first < 1 || !ROLE_NOUNS.has(word(first - 1).toLowerCase())) return null;
  let begin = first - 1;
  while (begin >= 1 && first - begin < 4 && !NOT_IN_ROLE.has((tokens[begin - 1] as Token).pos) && /^[\p{L}-]+$/u.test(word(begin - 1))) begin--;
  return context.article.text.slice((tokens[begin] as Token).span.start, (tokens[first - 1] as Token).span.end);
}
