import { AnnalsError, type Article, type Block, type InfoboxField, type Section, type Span } from '../model/index.js';
import { backMatterFlags, isDebrisLine } from './backMatter.js';
import { conflictKindOfKeys } from './infoboxKinds.js';
import { normaliseInfoboxKey } from './infoboxKeys.js';
import { contentId } from './contentId.js';

const TITLE = /^= *([^=\s](?:.*[^=\s])?) *=$/;
const HEADING = /^(={2,6}) *(.*?) *\1$/;
const FIELD = /^- *([^:]+?) *: *(.*?)\s*$/;
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
  const flush = (): void => {
    if (paragraph.length > 0) blocks.push(blockOf(paragraph, backMatterFlags(headings).at(-1) ?? false));
    paragraph = [];
  };
  for (const line of lines.slice(titleIndex + 1)) {
    const trimmed = line.text.trim();
    const heading = HEADING.exec(trimmed);
    if (trimmed === '') {
      flush();
      inInfobox = false;
    } else if (trimmed === 'Infobox' && fields.length === 0) {
      flush();
      inInfobox = true;
    } else if (inInfobox && FIELD.test(trimmed)) {
      fields.push(fieldOf(line));
    } else if (heading?.[1] && heading[2] !== undefined) {
      flush();
      inInfobox = false;
      const start = line.start + line.text.indexOf(heading[2], heading[1].length);
      headings.push({ title: heading[2], level: heading[1].length, span: { start, end: start + heading[2].length }, start: line.start });
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

function fieldOf(line: Line): InfoboxField {
  const match = FIELD.exec(line.text.trim()) as RegExpExecArray;
  const label = match[1] ?? '';
  const value = match[2] ?? '';
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
    const next = headings.slice(i + 1).find((o) => o.level <= h.level);
    const extent = { start: h.start, end: next ? next.start : length };
    return { title: h.title, level: h.level, span: h.span, extent, backMatter: flags[i] ?? false };
  });
}
