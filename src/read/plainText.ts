import { AnnalsError, type Article, type Block, type InfoboxField, type Section, type Span } from '../model/index.js';
import { BackMatterTracker, backMatterFlags, isDebrisLine } from './backMatter.js';
import { conflictKindOfKeys } from './infoboxKinds.js';
import { normaliseInfoboxKey } from './infoboxKeys.js';
import { contentId } from './contentId.js';
import { nextAtOrAbove } from './_nextAtOrAbove.js';

const TITLE = /^= *([^=\s](?:.*[^=\s])?) *=$/;
const LIST_ITEM = /^\s*(?:[*•]|-(?= )|\d+\.)\s/;

interface Heading {
  title: string;
  level: number;
  span: Span;
  start: number;
}

interface Line {
  text: string;
  start: number;
}

/**
 * Reads the seed's own layout: `= Title =`, an `Infobox` block of `- Key: Value` lines,
 * `== Section ==` headings and paragraphs. The article's `text` is the input itself.
 * @example readPlainText('= Bombardment of Gao =\n\nInfobox\n- Date: January 13, 2013\n', 'seed.txt')
 */
export function readPlainText(text: string, source: string, bytes?: Uint8Array): Article {
  const lines = splitLines(text);
  const titleIndex = lines.findIndex((l) => l.text.trim() !== '');
  const titleLine = lines[titleIndex];
  const titleMatch = titleLine ? TITLE.exec(titleLine.text.trim()) : null;
  if (!titleLine || !titleMatch || !titleMatch[1]) throw new AnnalsError('not_an_article', source, 'no "= Title =" line at the top');
  const title = titleMatch[1];
  const titleStart = titleLine.start + titleLine.text.indexOf(title);
  const fields: InfoboxField[] = [];
  const blocks: Block[] = [];
  const headings: Heading[] = [];
  let paragraph: Line[] = [];
  let inInfobox = false;
  const backMatter = new BackMatterTracker();
  let inBackMatter = false;
  const flush = (): void => {
    if (paragraph.length > 0) blocks.push(blockOf(paragraph, inBackMatter));
    paragraph = [];
  };
  for (const line of lines.slice(titleIndex + 1)) {
    const trimmed = line.text.trim();
    const heading = headingParts(trimmed);
    if (trimmed === '') {
      flush();
      inInfobox = false;
    } else if (trimmed === 'Infobox' && fields.length === 0) {
      flush();
      inInfobox = true;
    } else if (inInfobox && fieldParts(trimmed)) {
      // a field without a name ("- : value", "- -: value") is no field, as in the other readers' layout
      const field = fieldOf(line);
      if (field.key !== '') fields.push(field);
    } else if (heading) {
      flush();
      inInfobox = false;
      const [marks, title] = heading;
      const start = line.start + line.text.indexOf(title, marks.length);
      headings.push({ title, level: marks.length, span: { start, end: start + title.length }, start: line.start });
      inBackMatter = backMatter.add({ title, level: marks.length });
    } else {
      inInfobox = false;
      paragraph.push(line);
    }
  }
  flush();
  const keys = fields.map((f) => f.key);
  const kind = fields.length > 0 ? (conflictKindOfKeys(keys) ?? 'unknown') : null;
  return {
    id: contentId(bytes ?? text),
    title,
    titleSpan: { start: titleStart, end: titleStart + title.length },
    format: 'plain',
    source,
    text,
    infobox: kind ? { kind, fields } : null,
    sections: sectionsOf(headings, text.length),
    blocks,
    links: [],
  };
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const piece of text.split('\n')) {
    lines.push({ text: piece, start });
    start += piece.length + 1;
  }
  return lines;
}

// Headings and fields were read with /^(={2,6}) *(.*?) *\1$/ and /^- *([^:]+?) *: *(.*?)\s*$/; the
// functions below read exactly what those matched, without their backtracking over runs of
// spaces, which took minutes on a line of "==" and a few thousand spaces.

// "== Background ==" → ['==', 'Background']; a title may be empty or hold "=" ("=== a ==" → ['==', '= a']).
function headingParts(line: string): [marks: string, title: string] | null {
  const leading = /^={2,6}/.exec(line)?.[0].length ?? 0;
  for (let level = leading; level >= 2; level--) {
    const marks = '='.repeat(level);
    if (line.length < 2 * level || !line.endsWith(marks)) continue;
    const inner = line.slice(level, line.length - level);
    return LINE_BREAK.test(inner) ? null : [marks, trimSpaces(inner)];
  }
  return null;
}

// "- Date: January 13, 2013" → ['Date', 'January 13, 2013']; the label is " " in "- : value".
function fieldParts(line: string): [label: string, value: string] | null {
  const colon = line.indexOf(':');
  if (!line.startsWith('-') || colon < 0) return null;
  const labelStart = skipSpaces(line, 1);
  if (colon === labelStart && labelStart === 1) return null;
  const label = colon === labelStart ? ' ' : trimSpaces(line.slice(labelStart, colon));
  const value = line.slice(skipSpaces(line, colon + 1)).trimEnd();
  return LINE_BREAK.test(value) ? null : [label, value];
}

// What "." does not match.
const LINE_BREAK = /[\n\r\u2028\u2029]/;

function skipSpaces(text: string, from: number): number {
  let at = from;
  while (text[at] === ' ') at++;
  return at;
}

function trimSpaces(text: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === ' ') end--;
  return text.slice(skipSpaces(text, 0), end);
}

function fieldOf(line: Line): InfoboxField {
  const [label, value] = fieldParts(line.text.trim()) as [string, string];
  const colon = line.text.indexOf(':');
  const valueStart = line.start + line.text.indexOf(value, colon + 1);
  return { key: normaliseInfoboxKey(label), label, value, span: { start: valueStart, end: valueStart + value.length } };
}

function blockOf(lines: Line[], inBackMatter: boolean): Block {
  const first = lines[0] as Line;
  const last = lines[lines.length - 1] as Line;
  const span = { start: first.start, end: last.start + last.text.trimEnd().length };
  if (inBackMatter) return { kind: 'back_matter', span };
  if (lines.every((l) => isDebrisLine(l.text))) return { kind: 'debris', span };
  if (lines.every((l) => LIST_ITEM.test(l.text))) return { kind: 'list', span };
  return { kind: 'prose', span };
}

function sectionsOf(headings: Heading[], length: number): Section[] {
  const flags = backMatterFlags(headings);
  return headings.map((h, i) => {
    const next = nextAtOrAbove(headings, i);
    const extent = { start: h.start, end: next ? next.start : length };
    return { title: h.title, level: h.level, span: h.span, extent, backMatter: flags[i] ?? false };
  });
}
