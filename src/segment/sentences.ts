import type { WinkMethods } from 'wink-nlp';
import type { Sentence, Span, Token } from '../model/index.js';
import { continuesAfter } from './_abbreviations.js';
import { leavesQuoteOpen } from './_quotes.js';
import { freshWink } from './_wink.js';

// A quotation that never closes must not swallow the rest of a paragraph.
const MAX_QUOTE_MERGES = 6;

/**
 * Splits one stretch of prose into sentences with tokens; spans are offsets into the article text.
 * wink-nlp splits words by what it has read before (`_wink.ts`): `nlp` is the article's reader from
 * `freshWink()`, shared by its stretches; without it, the stretch is read as if nothing came before.
 * @example segmentStretch(text, { start: 120, end: 320 }, freshWink()) // sentences of the paragraph at 120..320
 */
export function segmentStretch(text: string, stretch: Span, nlp: WinkMethods = freshWink()): Sentence[] {
  const piece = foldForWink(text.slice(stretch.start, stretch.end));
  const doc = nlp.readDoc(piece);
  const its = nlp.its;
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const tokens: Token[] = [];
  let cursor = 0;
  values.forEach((value, i) => {
    cursor += (spaces[i] ?? '').length;
    let at = piece.startsWith(value, cursor) ? cursor : piece.indexOf(value, cursor);
    if (at < 0) at = cursor; // wink normalised the token's characters; keep its place in the sequence
    tokens.push({ span: { start: stretch.start + at, end: stretch.start + at + value.length }, pos: tags[i] ?? 'X' });
    cursor = at + value.length;
  });
  const raw = (doc.sentences().out(its.span) as unknown as [number, number][]).map(([first, last]) => tokens.slice(first, last + 1));
  return mergeFragments(text, raw).map((group) => ({
    span: { start: (group[0] as Token).span.start, end: (group[group.length - 1] as Token).span.end },
    tokens: group,
  }));
}

/**
 * wink-nlp cuts a word at every letter outside Latin-1 ("Laçın." → "Laç", "ı", "n."; "Ağdam" → "A", "ğ",
 * "dam"), so it reads a copy with each such letter folded to a Latin-1 one: its base letter, else "x".
 * One code unit for one keeps every token's offsets those of the article's own characters.
 * @example foldForWink('Laçın, Ağdam') // 'Laçin, Agdam'
 */
export function foldForWink(piece: string): string {
  return piece.replace(/[\u0100-\uffff]/g, (c) => (/[\p{L}\p{M}]/u.test(c) ? latinLetter(c) : c));
}

function latinLetter(c: string): string {
  const base = c.normalize('NFD').charAt(0);
  if (/^[A-Za-z]$/.test(base)) return base;
  return c === c.toLowerCase() ? 'x' : 'X';
}

function mergeFragments(text: string, sentences: Token[][]): Token[][] {
  const merged: Token[][] = [];
  let quoteMerges = 0;
  for (const sentence of sentences) {
    if (sentence.length === 0) continue;
    const previous = merged[merged.length - 1];
    if (previous && shouldJoin(text, previous, sentence, quoteMerges)) {
      quoteMerges = leavesQuoteOpen(spanOf(text, previous)) ? quoteMerges + 1 : quoteMerges;
      previous.push(...sentence);
    } else {
      merged.push([...sentence]);
      quoteMerges = 0;
    }
  }
  return merged;
}

function shouldJoin(text: string, previous: Token[], next: Token[], quoteMerges: number): boolean {
  const before = spanOf(text, previous);
  const nextText = spanOf(text, next);
  if (leavesQuoteOpen(before) && quoteMerges < MAX_QUOTE_MERGES) return true;
  if (/[.!?]["”’']$/u.test(before) && /^\p{Ll}/u.test(nextText)) return true; // '"We won." and left.'
  const ending = /(\S+)\.$/u.exec(before);
  return ending?.[1] !== undefined && continuesAfter(ending[1].split(/[\s(]/).pop() ?? '', nextText);
}

function spanOf(text: string, tokens: Token[]): string {
  return text.slice((tokens[0] as Token).span.start, (tokens[tokens.length - 1] as Token).span.end);
}
