import type { Token } from '../../model/index.js';
import type { RecogniseContext } from '../recogniser.js';
import { abbreviationCost } from './acronyms.js';
import { earlierNames } from './_earlierNames.js';
import { NAME_CONNECTORS, NUMBERED_FORMATIONS, NUMBERED_SITES } from './_words.js';

/** A run of capitalised words read as one name, with the tokens around it. */
export interface Chunk {
  text: string;
  start: number;
  end: number;
  /** Index in the sentence's tokens of the chunk's first and one-past-last token. */
  first: number;
  last: number;
}

// Capitalised words that are not names: calendar words, and sentence openers wink may tag PROPN.
const NOT_NAMES = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'i', 'mr', 'mrs', 'ms', 'dr',
]);
// "and" and "in" join two names ("Kidal and Ménaka") more often than they sit inside one.
const INNER_CONNECTORS = new Set([...NAME_CONNECTORS].filter((w) => w !== 'and' && w !== 'in'));

const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word) && /\p{L}/u.test(word);

/**
 * Proper-noun chunks of a sentence from wink-nlp's POS tags: PROPN runs and capitalised words,
 * with name-internal connectors ("of", "al", "bin") and glued hyphens ("Jean-Yves").
 * @example properNounChunks(ctx) // "Jean-Yves Le Drian", "Kidal Region", "Movement for Oneness"…
 */
export function properNounChunks(context: RecogniseContext): Chunk[] {
  const tokens = context.sentence?.tokens ?? [];
  const words = tokens.map((t) => context.article.text.slice(t.span.start, t.span.end));
  const chunks: Chunk[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!startsName(words, tokens, i) && !(i === 0 && opensKnownPlace(context, words, tokens))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length && continuesName(words, tokens, j)) j++;
    while (j > i + 1 && (INNER_CONNECTORS.has((words[j - 1] ?? '').toLowerCase()) || /^[-‐'’]$/.test(words[j - 1] ?? ''))) j--; // a name ends on a word of the name
    j = throughAnd(context, words, tokens, i, j);
    const start = (tokens[i] as Token).span.start;
    const end = (tokens[j - 1] as Token).span.end;
    chunks.push({ text: context.article.text.slice(start, end).replace(/['’]s$/, ''), start, end, first: i, last: j });
    i = j;
  }
  return chunks;
}

/**
 * "the Islamic State of Iraq and the Levant": "and" ends most names ("Kidal and Ménaka"), but not one
 * whose every initial, over both halves, spells an acronym the article uses elsewhere ("ISIL"). Returns
 * the chunk's new end, or `j` when the name stops at "and".
 */
function throughAnd(context: RecogniseContext, words: string[], tokens: Token[], i: number, j: number): number {
  if ((words[j] ?? '').toLowerCase() !== 'and') return j;
  const k = (words[j + 1] ?? '').toLowerCase() === 'the' ? j + 2 : j + 1;
  if (!isCapitalised(words[k] ?? '') || NOT_NAMES.has((words[k] ?? '').toLowerCase())) return j;
  let end = k + 1;
  while (end < tokens.length && continuesName(words, tokens, end)) end++;
  while (end > k + 1 && INNER_CONNECTORS.has((words[end - 1] ?? '').toLowerCase())) end--;
  const long = context.article.text.slice((tokens[i] as Token).span.start, (tokens[end - 1] as Token).span.end);
  return acronymsOf(context.article).some((short) => abbreviationCost(short, long) === 0) ? end : j;
}

// Every all-capital word of three to six letters in an article ("ISIL", "MOJWA"), read once per article.
const acronymsByArticle = new WeakMap<RecogniseContext['article'], string[]>();
function acronymsOf(article: RecogniseContext['article']): string[] {
  let found = acronymsByArticle.get(article);
  if (!found) acronymsByArticle.set(article, (found = [...new Set(article.text.match(/\b\p{Lu}{3,6}\b/gu) ?? [])]));
  return found;
}

// "Tell Abyad was then captured": a sentence's first word the tagger read as a verb opens the name of a
// place the article already named ("Tell", "Khan", "Deir" begin place names)
function opensKnownPlace(context: RecogniseContext, words: string[], tokens: Token[]): boolean {
  if (!isCapitalised(words[0] ?? '') || !isCapitalised(words[1] ?? '')) return false;
  let j = 1;
  while (j < tokens.length && continuesName(words, tokens, j)) j++;
  const first = tokens[0] as Token;
  const places = earlierNames(context.earlier).places;
  // the run of the sentence's first words names a place already met
  return places.has(context.article.text.slice(first.span.start, (tokens[j - 1] as Token).span.end));
}

// "the al-Nusra Front", "el-Sisi": a lowercase Arabic article glued by a hyphen to a capitalised word opens a name.
const ARTICLE_PARTICLES = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'ed', 'en', 'er', 'es', 'et']);

function startsName(words: string[], tokens: Token[], i: number): boolean {
  const word = words[i] ?? '';
  if (ARTICLE_PARTICLES.has(word) && words[i + 1] === '-' && isCapitalised(words[i + 2] ?? '')) {
    const [a, b, c] = [tokens[i], tokens[i + 1], tokens[i + 2]];
    return !!a && !!b && !!c && a.span.end === b.span.start && b.span.end === c.span.start;
  }
  if (!isCapitalised(word) || NOT_NAMES.has(word.toLowerCase().replace(/\.$/, ''))) return false;
  if (i === 0 || /^["“(]$/.test(words[i - 1] ?? '')) return tokens[i]?.pos === 'PROPN';
  // "positions around Talysh, On 6 April, footage showed": a capitalised function word after a comma opens a spliced sentence
  // ("On 19 August 2016, IS recaptured": an acronym the tagger reads as "is" stays a name)
  if (/^[,;]$/.test(words[i - 1] ?? '') && SPLICE_OPENERS.has(tokens[i]?.pos ?? '') && /^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  return true;
}
const SPLICE_OPENERS = new Set(['ADP', 'DET', 'PRON', 'SCONJ', 'CCONJ', 'AUX']);


function continuesName(words: string[], tokens: Token[], j: number): boolean {
  const word = words[j] ?? '';
  // "Base 46", "Hill 300": a numbered site's number is part of its name
  if (/^\d{1,4}$/.test(word) && NUMBERED_SITES.has((words[j - 1] ?? '').toLowerCase()) && isCapitalised(words[j - 1] ?? '')) return true;
  // "Division 17", "Brigade 93": a formation's number after its word (up to three digits: "Division 2014" is a year)
  if (/^\d{1,3}$/.test(word) && NUMBERED_FORMATIONS.has((words[j - 1] ?? '').toLowerCase()) && isCapitalised(words[j - 1] ?? '')) return true;
  const glued = (tokens[j - 1] as Token).span.end === (tokens[j] as Token).span.start;
  const gluedNext = (tokens[j + 1] as Token | undefined)?.span.start === (tokens[j] as Token).span.end;
  // wink splits some letters off a word ("Erdo", "ğ", "an"): pieces glued on without a space stay in the name
  if (glued && /^\p{L}+$/u.test(word) && /\p{L}$/u.test(words[j - 1] ?? '')) return true;
  // "al-Bilawi", "bin-Laden", "Ahrar ash-Sham": a connector or an Arabic article glued to a hyphen and a capitalised word
  if ((INNER_CONNECTORS.has(word.toLowerCase()) || ARTICLE_PARTICLES.has(word)) && gluedNext && /^[-‐]$/.test(words[j + 1] ?? '') && isCapitalised(words[j + 2] ?? '')) return true;
  if (/^[-‐'’]$/.test(word)) return glued && isCapitalised(words[j + 1] ?? '') && (tokens[j + 1] as Token).span.start === (tokens[j] as Token).span.end;
  if (glued && /^[-‐'’]/.test(words[j - 1] ?? '')) return true;
  if (isCapitalised(word)) return !NOT_NAMES.has(word.toLowerCase());
  return INNER_CONNECTORS.has(word.toLowerCase()) && isCapitalised(words[j + 1] ?? '') && !NOT_NAMES.has((words[j + 1] ?? '').toLowerCase());
}
