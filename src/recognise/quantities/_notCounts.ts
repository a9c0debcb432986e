import type { NumberExpression } from './_form.js';
import { CASUALTY_WORDS } from './_lexicon.js';
import { wordEndingAt, type Word } from './_words.js';

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';
// 13 January 2013 · 16–31 December · the 5 of May (month names are capitalised: "march" is a verb)
const MONTH_AFTER = new RegExp(`^\\s*(?:of\\s+)?${MONTH}(?![\\p{L}])`, 'u');
// January 13 · March 21–25
const MONTH_BEFORE = new RegExp(`(?<![\\p{L}])${MONTH}\\s+$`, 'u');
// 4 pm · 2 a.m. · 5 o'clock · 14 GMT · 12.00 noon · 636 CE
const CLOCK_AFTER = /^\s*(?:[ap]\.?m\.?(?![\p{L}])|o['’]clock|GMT|UTC|noon|midnight|(?:BCE?|AD|CE)(?![\p{L}]))/iu;

// Lower-case nouns a number names rather than counts: "page 12", "resolution 2085", "highway 5".
const NAMING = new Set(['no.', 'nos.', 'number', 'page', 'pages', 'p.', 'pp.', 'resolution', 'highway', 'route', 'road',
  'article', 'section', 'chapter', 'hill', 'flight', 'exit', 'gate', 'sector', 'zone', 'block', 'building', 'platform',
  'phase', 'mk', 'mark', 'model', 'type', 'version', 'kilometre', 'kilometer', 'point', 'height', 'paragraph', 'clause']);
// Capitalised words that open a sentence before a count without naming it: "Within two days".
const OPENERS = new Set(['the', 'and', 'but', 'or', 'in', 'on', 'at', 'by', 'of', 'from', 'to', 'with', 'within', 'after',
  'before', 'during', 'since', 'until', 'for', 'per', 'only', 'all', 'another', 'these', 'those', 'both', 'including',
  'killing', 'leaving', 'wounding', 'reportedly', 'then', 'when', 'while', 'also', 'additional', 'just']);

/**
 * Whether a number expression is a date, a clock time, or a name with a number in it ("Resolution
 * 2085", "Highway 5", "No. 5", "Base 46"), none of which counts anything.
 * @example notACount('On January 13, 2013, …', { index: 11, length: 2, … }, () => words) // true — a day of the month
 */
export function notACount(text: string, expression: NumberExpression, words: () => readonly Word[]): boolean {
  const end = expression.index + expression.length;
  const before = text.slice(Math.max(0, expression.index - 40), expression.index);
  const after = text.slice(end, end + 40);
  if (MONTH_AFTER.test(after) || MONTH_BEFORE.test(before) || CLOCK_AFTER.test(after)) return true;
  return namedByWordBefore(text, expression.index, words);
}

function namedByWordBefore(text: string, index: number, words: () => readonly Word[]): boolean {
  if (!/^[ \u00a0]$/.test(text.slice(index - 1, index))) return false;
  const written = /\S+$/.exec(text.slice(Math.max(0, index - 41), index - 1))?.[0] ?? '';
  const lower = written.toLowerCase();
  if (NAMING.has(lower)) return true;
  // a name takes a number ("Highway 5"); a plural does not ("pushed the Russians 120 kilometres back")
  if (!/^\p{Lu}[\p{L}\p{N}.'’-]*$/u.test(written) || /\p{Ll}s$/u.test(written) || OPENERS.has(lower)) return false;
  if (CASUALTY_WORDS.has(lower)) return false; // "150–200 KIA 300 WIA"
  const word = wordEndingAt(words(), index - 1);
  return word?.text !== written || word.pos === 'PROPN' || word.pos === 'NOUN';
}
