import type wtf from 'wtf_wikipedia';
import { AnnalsError, type Article } from '../model/index.js';
import { LayoutBuilder, type RawInfoboxEntry } from './_layoutBuilder.js';
import { assertLinesWithin, assertSentenceEndsWithin } from './_lineLimits.js';
import { assertBalancedWikitext } from './_wikiPreflight.js';
import { wikiParser } from './_wtf.js';
import { contentId } from './contentId.js';
import { formatCoordinates } from './coordinates.js';
import { conflictKindOfTemplate } from './infoboxKinds.js';
import { isPresentationKey, labelFor, normaliseInfoboxKey } from './infoboxKeys.js';

export interface WikitextOptions {
  /** The page title, when the page came from an XML export. */
  title?: string;
  bytes?: Uint8Array;
}

const FLAG_EMOJI = /\s*[\u{1F1E6}-\u{1F1FF}]{2}\s*/gu;
// wtf_wikipedia breaks a line only at "<br />" and turns "<br>", "<br/>" into a space, joining infobox items.
const LINE_BREAK = /<\s*\/?\s*br\b[^>]*>/gi;
// The longest line of 215 real pages (fixtures/dumps) is 7,213 characters, and the longest stretch
// after a line's last sentence end 3,699; past these, wtf_wikipedia takes seconds.
const MAX_LINE = 20_000;
const MAX_UNENDED = 8_000;

interface WikiLink {
  text: string;
  target: string;
}

/**
 * Reads one MediaWiki page through wtf_wikipedia: templates rendered as a reader sees them,
 * references and comments gone, the conflict infobox mapped onto normalised keys.
 * @example readWikitext("{{Infobox military conflict\n| conflict = Bombardment of Gao\n}}\n'''Gao''' was bombed.", 'gao.wiki')
 */
export function readWikitext(input: string, source: string, options: WikitextOptions = {}): Article {
  assertLinesWithin(input, source, MAX_LINE);
  assertSentenceEndsWithin(input, source, MAX_UNENDED);
  assertBalancedWikitext(input, source);
  const doc = wikiParser()(input.replace(LINE_BREAK, '<br />'));
  const box = doc.infoboxes().find((ib: wtf.Infobox) => conflictKindOfTemplate(ib.type()) !== null);
  const entries = box ? infoboxEntries(box, doc) : [];
  // an export's page may have an empty <title>: the article's own title then, as for a file
  const title = options.title || titleOf(doc, entries, source);
  const builder = new LayoutBuilder();
  const titleSpan = builder.title(title);
  const fields = box ? builder.infobox(entries) : [];
  for (const section of doc.sections()) writeSection(builder, section);
  const { text, blocks, links, sections } = builder.build();
  if (blocks.length === 0 && !box) throw new AnnalsError('not_an_article', source, 'the page has no text and no conflict infobox');
  return {
    id: contentId(options.bytes ?? input),
    title,
    titleSpan,
    format: 'wikitext',
    source,
    text,
    infobox: box ? { kind: conflictKindOfTemplate(box.type()) as string, fields } : null,
    sections,
    blocks,
    links,
  };
}

function infoboxEntries(box: wtf.Infobox, doc: wtf.Document): RawInfoboxEntry[] {
  const json = box.json() as Record<string, { text?: string; links?: { text?: string; page?: string }[] }>;
  const entries: RawInfoboxEntry[] = [];
  for (const [label, field] of Object.entries(json)) {
    const key = normaliseInfoboxKey(label);
    if (isPresentationKey(key)) continue;
    const value = key === 'coordinates' ? (coordinatesText(doc) ?? cleanText(field.text ?? '')) : cleanText(field.text ?? '');
    if (value === '') continue;
    entries.push({ key, label: labelFor(label), value, links: linksOf(field.links ?? []) });
  }
  return entries;
}

// The infobox's {{coord}}, from the parsed numbers rather than wtf_wikipedia's printing of them.
function coordinatesText(doc: wtf.Document): string | null {
  const coord = (doc.coordinates() as { lat?: number; lon?: number }[]).find((c) => typeof c.lat === 'number' && typeof c.lon === 'number');
  return coord?.lat === undefined || coord.lon === undefined ? null : formatCoordinates(coord.lat, coord.lon);
}

function titleOf(doc: wtf.Document, entries: RawInfoboxEntry[], source: string): string {
  const named = entries.find((e) => e.key === 'conflict' || e.key === 'name' || e.key === 'title')?.value.split(' · ')[0];
  if (named) return named;
  const fromDoc = doc.title();
  if (fromDoc) return fromDoc;
  const bold = (doc.sentence()?.json() as { formatting?: { bold?: string[] } } | undefined)?.formatting?.bold?.[0];
  if (bold) return bold;
  throw new AnnalsError('not_an_article', source, 'no title: no conflict name in an infobox and no bold subject in the first sentence');
}

function writeSection(builder: LayoutBuilder, section: wtf.Section): void {
  const title = cleanText(section.title());
  if (title !== '') builder.heading(title, Math.min(6, section.depth() + 2));
  for (const paragraph of section.paragraphs() as wtf.Paragraph[]) {
    const rendered = paragraph.text();
    const links = linksOf((paragraph as unknown as { links(): wtf.Link[] }).links().map((l: wtf.Link) => l.json() as { text?: string; page?: string }));
    for (const chunk of rendered.split(/\n(?=\s*\*|\s*#)|\n{2,}/)) {
      const text = cleanText(chunk);
      if (text === '') continue;
      const isList = /^\s*[*#]/.test(chunk);
      builder.blockWithLinks(isList ? 'list' : 'prose', isList ? listText(chunk) : text, links);
    }
  }
}

function listText(chunk: string): string {
  return chunk
    .split('\n')
    .map((line) => cleanText(line).replace(/^([*#]+)\s*/, (_m, marks: string) => `${'  '.repeat(marks.length - 1)}* `))
    .filter((line) => line.trim() !== '')
    .join('\n');
}

function linksOf(raw: { text?: string; page?: string }[]): WikiLink[] {
  return raw.flatMap((l) => {
    const target = l.page?.trim();
    const text = cleanText(l.text ?? l.page ?? '');
    if (!target || target === 'undefined' || text === '') return [];
    return [{ text, target: target.charAt(0).toUpperCase() + target.slice(1) }];
  });
}

function cleanText(text: string): string {
  return text.replace(FLAG_EMOJI, ' ').replace(/[ \t]+/g, ' ').replace(/ *\n */g, '\n').trim();
}
