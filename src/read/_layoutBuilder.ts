import type { Block, BlockKind, InfoboxField, Link, Section, Span } from '../model/index.js';
import { BackMatterTracker } from './backMatter.js';
import { nextAtOrAbove } from './_nextAtOrAbove.js';

/** A run of inline text, optionally a link to a canonical page. */
export interface InlinePiece {
  text: string;
  target?: string;
}

/** A raw infobox entry before layout: its value lines, and the links found in it. */
export interface RawInfoboxEntry {
  key: string;
  label: string;
  value: string;
  links?: { text: string; target: string }[];
}

interface OpenHeading {
  title: string;
  level: number;
  span: Span;
  start: number;
  backMatter: boolean;
}

/**
 * Writes an article in the seed's layout (`= Title =`, `Infobox` + `- Label: value`, `== Heading ==`,
 * paragraphs) and records the span of everything it writes, so readers never compute offsets by hand.
 */
export class LayoutBuilder {
  private text = '';
  private lastWasHeading = false;
  private readonly headings: OpenHeading[] = [];
  private readonly blocks: Block[] = [];
  private readonly links: Link[] = [];
  private inBackMatter = false;
  private readonly backMatter = new BackMatterTracker();

  title(title: string): Span {
    this.text += '= ';
    const span = this.append(title);
    this.text += ' =';
    return span;
  }

  infobox(entries: RawInfoboxEntry[]): InfoboxField[] {
    this.separate();
    this.text += 'Infobox';
    const fields: InfoboxField[] = [];
    // a field without a name ("- : value" after a broken line) is no field
    for (const entry of entries.filter((e) => e.key.trim() !== '' && e.label.trim() !== '')) {
      this.text += `\n- ${entry.label}: `;
      const value = flattenValue(entry.value);
      const span = this.append(value);
      for (const link of entry.links ?? []) this.locateLink(value, span.start, link.text, link.target);
      fields.push({ key: entry.key, label: entry.label, value, span });
    }
    this.lastWasHeading = false;
    return fields;
  }

  heading(title: string, level: number): void {
    this.separate();
    const marks = '='.repeat(level);
    this.text += `${marks} `;
    const span = this.append(title);
    this.text += ` ${marks}`;
    this.inBackMatter = this.backMatter.add({ title, level });
    this.headings.push({ title, level, span, start: span.start - marks.length - 1, backMatter: this.inBackMatter });
    this.lastWasHeading = true;
  }

  /** A paragraph, list or table; `kind` is overridden to `back_matter` under a back-matter heading. */
  block(kind: BlockKind, given: InlinePiece[]): Span | null {
    // A prose paragraph is one line in the layout, so no line of it can pass for a heading or a field.
    const pieces = kind === 'prose' ? given.map((p) => ({ ...p, text: oneLine(p.text) })) : given;
    const joined = pieces.map((p) => p.text).join('');
    if (joined.trim() === '') return null;
    this.separate();
    const start = this.text.length;
    for (const piece of pieces) {
      const span = this.append(piece.text);
      if (piece.target && piece.text.trim() !== '') this.links.push({ span, target: piece.target });
    }
    const span = { start, end: this.text.length };
    this.blocks.push({ kind: this.inBackMatter ? 'back_matter' : kind, span });
    return span;
  }

  /** A block whose links are given as (words, page) pairs found in order inside it, as wtf_wikipedia reports them. */
  blockWithLinks(kind: BlockKind, given: string, links: { text: string; target: string }[]): Span | null {
    const text = kind === 'prose' ? oneLine(given) : given;
    const span = this.block(kind, [{ text }]);
    if (!span) return null;
    let from = 0;
    for (const link of links) from = this.locateLink(text, span.start, oneLine(link.text), link.target, from);
    return span;
  }

  build(): { text: string; blocks: Block[]; links: Link[]; sections: Section[] } {
    const text = this.text + '\n';
    const sections = this.headings.map((h, i): Section => {
      const next = nextAtOrAbove(this.headings, i);
      const end = next ? next.start : text.length;
      return { title: h.title, level: h.level, span: h.span, extent: { start: h.start, end }, backMatter: h.backMatter };
    });
    return { text, blocks: this.blocks, links: this.links.sort((a, b) => a.span.start - b.span.start), sections };
  }

  private separate(): void {
    if (this.text === '') return;
    this.text += this.lastWasHeading ? '\n' : '\n\n';
    this.lastWasHeading = false;
  }

  private append(words: string): Span {
    const start = this.text.length;
    this.text += words;
    return { start, end: this.text.length };
  }

  private locateLink(within: string, offset: number, words: string, target: string, from = 0): number {
    const at = words === '' ? -1 : within.indexOf(words, from);
    if (at < 0) return from;
    this.links.push({ span: { start: offset + at, end: offset + at + words.length }, target });
    return at + words.length;
  }
}

// The lookbehind starts a match only where a run of blanks starts: without it, every blank of a long
// run without a line break was a new start scanning the rest of the run (quadratic).
function oneLine(text: string): string {
  return text.replace(/(?<![ \t])[ \t]*\n\s*/g, ' ');
}

/**
 * Puts a multi-line infobox value on one `- Label: value` line; list items stay apart as `A · B`.
 * @example flattenValue('Syrian Arab Republic\n* Syrian Armed Forces') === 'Syrian Arab Republic · Syrian Armed Forces'
 */
export function flattenValue(value: string): string {
  return value
    .split(/\n+|<br\s*\/?>/i)
    .map((line) => line.replace(/^[\s*#•:]+/, '').replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join(' · ');
}
