import type { List, Root, RootContent, Table } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import { parse as parseYaml } from 'yaml';
import { AnnalsError, type Article } from '../model/index.js';
import { LayoutBuilder, type InlinePiece } from './_layoutBuilder.js';
import { frontMatterPublished, publishedDayOf } from './_frontMatterPublished.js';
import { htmlBlockText } from './_markdownHtml.js';
import { conflictInfoboxFromYaml, infoboxFromTable, type FoundInfobox } from './_markdownInfobox.js';
import { inlinePieces, piecesText } from './_markdownInline.js';
import { isDebrisLine } from './backMatter.js';
import { assertLinesWithin, assertNestingWithin } from './_lineLimits.js';
import { contentId } from './contentId.js';

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;
// No line of the corpus's articles reaches 3,000 characters; the Markdown parser's time grows with the
// square of a line's length on some (10,000 characters of "\\``" took a second), so longer are refused.
const MAX_LINE = 5_000;
const MAX_NESTING = 100;

/** The kind of an infobox laid out from front-matter date and place, not from a conflict infobox. */
export const FRONT_MATTER_KIND = 'front matter';

/**
 * Reads Markdown with a YAML front matter (the corpus's shape): title and infobox from the front matter,
 * sections and paragraphs from the body, Markdown marks removed from `text`; a news report's day of
 * publication from its front matter (`frontMatterPublished`).
 * @example readMarkdown('---\ntitle: Battle of Bosra (2015)\n---\n\nThe **Battle of Bosra** …', 'bosra.md')
 */
export function readMarkdown(input: string, source: string, bytes?: Uint8Array): Article {
  assertLinesWithin(input, source, MAX_LINE);
  assertNestingWithin(input, source, MAX_NESTING);
  const { meta, body } = splitFrontMatter(input, source);
  const tree = parseBody(body);
  const title = titleOf(meta, tree.children, source);
  const builder = new LayoutBuilder();
  const titleSpan = builder.title(title);
  let infobox: FoundInfobox | null = conflictInfoboxFromYaml(meta['infoboxes']);
  const tableInfobox = tree.children.find((n): n is Table => n.type === 'table' && infoboxFromTable(n) !== null);
  if (!infobox && tableInfobox) infobox = infoboxFromTable(tableInfobox);
  infobox ??= frontMatterSummary(meta);
  const fields = infobox ? builder.infobox(infobox.entries) : [];
  for (const node of tree.children) {
    if (node === tableInfobox) continue;
    writeNode(builder, node, title);
  }
  const { text, blocks, links, sections } = builder.build();
  const published = frontMatterPublished(meta);
  return {
    id: contentId(bytes ?? input),
    title,
    titleSpan,
    format: 'markdown',
    source,
    text,
    infobox: infobox ? { kind: infobox.kind, fields } : null,
    sections,
    blocks,
    links,
    ...(published ? { published } : {}),
  };
}

// Read again without HTML blocks, the words of an HTML block cannot start another that swallows more.
function parseBody(body: string, htmlBlocks = true): Root {
  const extensions = htmlBlocks ? [gfmTable()] : [gfmTable(), { disable: { null: ['htmlFlow'] } }];
  return fromMarkdown(endTables(body), { extensions, mdastExtensions: [gfmTableFromMarkdown()] });
}

// GFM runs a table on until a blank line, so the corpus's lead paragraph written right under the
// infobox table would be read as one more row; a table ends where its rows do.
function endTables(body: string): string {
  return body.replace(/^(\|.*\|[ \t]*)\n(?=[ \t]*[^|\s])/gm, '$1\n\n');
}

/**
 * Without an infobox, the publisher's front matter still gives the conflict's date and place; they
 * are laid out as an infobox of kind "front matter" so that dates can anchor to them with a span.
 * @example frontMatterSummary({ date: ['5 March – 25 May 2014'], place: ['Idlib Governorate Syria'] })
 */
function frontMatterSummary(meta: Record<string, unknown>): FoundInfobox | null {
  const entries = (['date', 'place'] as const).flatMap((key) => {
    const raw = meta[key];
    // a news site's `date: 2024-03-12` is when the report appeared, not when the fighting was
    if (key === 'date' && publishedDayOf(raw)) return [];
    const values = (Array.isArray(raw) ? raw : [raw]).filter((v): v is string | number => typeof v === 'string' || typeof v === 'number').map(String);
    return values.length > 0 ? [{ key, label: key === 'date' ? 'Date' : 'Place', value: values.join('\n') }] : [];
  });
  return entries.length > 0 ? { kind: FRONT_MATTER_KIND, entries } : null;
}

function splitFrontMatter(input: string, source: string): { meta: Record<string, unknown>; body: string } {
  const match = FRONT_MATTER.exec(input);
  if (!match) {
    if (input.startsWith('---')) throw new AnnalsError('malformed', source, 'front matter opened with "---" is never closed');
    return { meta: {}, body: input };
  }
  let meta: unknown;
  try {
    meta = parseYaml(match[1] ?? '', { maxAliasCount: 100 });
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message.split('\n')[0] : String(cause);
    throw new AnnalsError('malformed', source, `front matter is not valid YAML (${reason})`, { cause });
  }
  const record = typeof meta === 'object' && meta !== null && !Array.isArray(meta) ? (meta as Record<string, unknown>) : {};
  return { meta: record, body: input.slice(match[0].length) };
}

function titleOf(meta: Record<string, unknown>, nodes: RootContent[], source: string): string {
  for (const key of ['title', 'subject']) {
    const value = meta[key];
    if (typeof value === 'string' && value.trim() !== '') return value.trim().replace(/\s+/g, ' ');
  }
  const first = nodes.find((n) => n.type === 'heading' && n.depth === 1);
  if (first?.type === 'heading') {
    const text = piecesText(inlinePieces(first.children)).trim();
    if (text !== '') return text;
  }
  throw new AnnalsError('not_an_article', source, 'no title: the front matter has no title or subject and the body no "# Title"');
}

function writeNode(builder: LayoutBuilder, node: RootContent, title: string): void {
  switch (node.type) {
    case 'heading': {
      const text = piecesText(inlinePieces(node.children)).trim();
      if (node.depth === 1 && text === title) return;
      if (text !== '') builder.heading(text, Math.max(2, node.depth));
      return;
    }
    case 'paragraph': {
      const pieces = inlinePieces(node.children);
      const debris = piecesText(pieces).split('\n').every(isDebrisLine);
      builder.block(debris ? 'debris' : 'prose', trimPieces(pieces));
      return;
    }
    case 'list':
      builder.block('list', listPieces(node, 0));
      return;
    case 'table':
      builder.block('table', tablePieces(node));
      return;
    case 'blockquote':
      for (const child of node.children) writeNode(builder, child, title);
      return;
    case 'html':
      for (const child of parseBody(htmlBlockText(node.value), false).children) writeNode(builder, child, title);
      return;
    default:
      return; // code, images, thematic breaks and definitions carry no narrative
  }
}

function listPieces(list: List, depth: number): InlinePiece[] {
  const pieces: InlinePiece[] = [];
  for (const item of list.children) {
    for (const child of item.children) {
      if (child.type === 'list') {
        pieces.push(...listPieces(child, depth + 1));
      } else if (child.type === 'paragraph' || child.type === 'heading') {
        const inline = trimPieces(inlinePieces(child.children));
        if (inline.length === 0) continue;
        if (pieces.length > 0) pieces.push({ text: '\n' });
        pieces.push({ text: `${'  '.repeat(depth)}* ` }, ...inline);
      }
    }
  }
  return pieces;
}

function tablePieces(table: Table): InlinePiece[] {
  const pieces: InlinePiece[] = [];
  for (const row of table.children) {
    const cells = row.children.map((cell) => trimPieces(inlinePieces(cell.children)));
    if (cells.every((c) => c.length === 0)) continue;
    if (pieces.length > 0) pieces.push({ text: '\n' });
    cells.forEach((cell, i) => pieces.push(...(i > 0 ? [{ text: ' | ' }] : []), ...cell));
  }
  return pieces;
}

// Leading and trailing white space of a block is layout, not words.
function trimPieces(pieces: InlinePiece[]): InlinePiece[] {
  const out = pieces.map((p) => ({ ...p }));
  while (out.length > 0 && (out[0] as InlinePiece).text.trim() === '') out.shift();
  while (out.length > 0 && (out[out.length - 1] as InlinePiece).text.trim() === '') out.pop();
  const first = out[0];
  const last = out[out.length - 1];
  if (first) first.text = first.text.trimStart();
  if (last) last.text = last.text.trimEnd();
  return out;
}
