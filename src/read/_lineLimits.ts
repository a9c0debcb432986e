import { AnnalsError } from '../model/index.js';

/**
 * Refuses text with a line longer than `limit` characters. The Markdown and wiki parsers take time
 * that grows with the square of a line's length on some lines (no full stop in 50,000 words,
 * thousands of unclosed "<!--"), so a line no article has is refused rather than read for seconds
 * or hours (one 50 MB line).
 * @example assertLinesWithin('a '.repeat(50_000), 'gao.wiki', 20_000) // throws "line 1 is 100000 characters long"
 */
export function assertLinesWithin(text: string, source: string, limit: number): void {
  let start = 0;
  for (let line = 1; start <= text.length; line++) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    if (end - start > limit) {
      throw new AnnalsError('too_large', source, `line ${line} is ${end - start} characters long; lines over ${limit} are refused (no article has them, and the parser's time grows with the square of a line's length)`);
    }
    start = end + 1;
  }
}

// One container opener at a line's start: a block quote, a bullet, or a numbered item.
const CONTAINER = /[ \t]*(?:>|[-+*](?=[ \t\n]|$)|\d{1,9}[.)](?=[ \t\n]|$))/y;

/**
 * Refuses Markdown with a line that opens more than `limit` block quotes and list items: the
 * Markdown parser's time grows with the square of that depth (2,500 nested "- " took seconds), and
 * no article nests so deep.
 * @example assertNestingWithin('- '.repeat(10_000) + 'x', 'bosra.md', 100) // throws "line 1 opens over 100 …"
 */
export function assertNestingWithin(text: string, source: string, limit: number): void {
  let start = 0;
  for (let line = 1; start <= text.length; line++) {
    CONTAINER.lastIndex = start;
    for (let depth = 1; CONTAINER.exec(text); depth++) {
      if (depth > limit) throw new AnnalsError('malformed', source, `line ${line} opens over ${limit} nested block quotes and list items`);
    }
    const newline = text.indexOf('\n', start);
    start = newline < 0 ? text.length + 1 : newline + 1;
  }
}

/**
 * Refuses text with a line that runs over `limit` characters after its last sentence end (".",
 * "!" or "?", maybe a closing quote, then a blank or the line's end). wtf_wikipedia's sentence
 * splitter tries a sentence from every character of such a stretch to the line's end: 11,000 dots
 * took a second. Real pages end their lines' sentences (the longest stretch of 215 is 3,699, a
 * sentence before its reference).
 * @example assertSentenceEndsWithin('.'.repeat(10_000), 'gao.wiki', 8_000) // throws "line 1 runs 10000 characters …"
 */
export function assertSentenceEndsWithin(text: string, source: string, limit: number): void {
  let start = 0;
  for (let line = 1; start <= text.length; line++) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const tail = end - lastSentenceEnd(text, start, end);
    if (tail > limit) {
      throw new AnnalsError('too_large', source, `line ${line} runs ${tail} characters after its last sentence end; over ${limit} are refused (the wiki parser's time grows with the square of them)`);
    }
    start = end + 1;
  }
}

// Where the line's last sentence ends (just after its mark), or the line's start.
function lastSentenceEnd(text: string, start: number, end: number): number {
  for (let i = end - 1; i >= start; i--) {
    const mark = text[i] === '"' && i > start ? text[i - 1] : text[i];
    if ((i + 1 === end || /\s/.test(text[i + 1] ?? '')) && (mark === '.' || mark === '!' || mark === '?')) return i + 1;
  }
  return start;
}
