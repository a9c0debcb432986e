import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { advance, isPlainText, plainText } from './_rawText.js';

/** A `<page>` of an export as it stands in the XML, before selection. */
export interface RawPage {
  title: string;
  ns: string;
  id: string;
  revisionId: string;
  timestamp: string;
  redirect: boolean;
  /** A redirect's target page (`<redirect title="…" />`). */
  redirectTo?: string;
  text: string;
  /** The text ran past MAX_PAGE_CHARS and was not kept (a bzip2 bomb, or no article). */
  tooLarge?: boolean;
}

/** Wikipedia caps a revision at 2 MiB; four times that is no article, and is not held in memory. */
export const MAX_PAGE_CHARS = 8 * 1024 * 1024;

// The elements whose text a page needs; everything else (contributors, comments, sha1) is passed over.
const PAGE_FIELDS = new Set(['title', 'ns', 'id']);
const REVISION_FIELDS = new Set(['id', 'timestamp', 'text']);

// The open tag of a page's text as dumps write it: <text bytes="51734" sha1="…" xml:space="preserve">
const TEXT_OPEN = /<text(?:\s+[\w:.-]+\s*=\s*(?:"[^"<>]*"|'[^'<>]*'))*\s*>/y;

/**
 * A push parser for the pages of an export: feed it text as it is decompressed, take the pages
 * finished so far. `fragment` is for one stream of a multistream dump, which has pages but no
 * `<mediawiki>` root (or only its closing tag, in the last stream).
 * @example const parser = new PageParser(false); parser.write('<mediawiki><page><title>Gao</title>'); parser.take() // []
 */
export class PageParser {
  readonly #parser = new SaxesParser();
  readonly #path: string[] = [];
  readonly #done: RawPage[] = [];
  #page: RawPage | null = null;
  #buffer: string | null = null;
  #rootOpen = false;
  readonly #fragment: boolean;
  /** Input not yet given to the XML parser. */
  #pending = '';
  /** The raw characters of the <text> element being read past the XML parser, or null. */
  #raw: string[] | null = null;
  #rawLength = 0;
  /** The element the parser opened last, until anything else (text, a closing tag) comes after it. */
  #opened: string | null = null;

  constructor(fragment: boolean) {
    this.#fragment = fragment;
    this.#parser.on('opentag', (tag) => {
      this.#opened = tag.name;
      this.#open(tag);
    });
    this.#parser.on('closetag', (tag) => {
      this.#opened = null;
      this.#close(tag.name);
    });
    this.#parser.on('text', (text) => {
      this.#opened = null;
      this.#append(text);
    });
    this.#parser.on('cdata', (text) => {
      this.#opened = null;
      this.#append(text);
    });
    this.#parser.on('comment', () => void (this.#opened = null));
    if (fragment) this.#parser.write('<mediawiki>');
  }

  write(text: string): this {
    this.#pending += text;
    this.#drain(false);
    return this;
  }

  /** Ends the input: closes the root a fragment lacks, and fails on XML that stops part-way. */
  close(): this {
    this.#drain(true);
    if (this.#fragment && this.#rootOpen && this.#path.length === 1) this.#parser.write('</mediawiki>');
    this.#parser.close();
    return this;
  }

  /** The pages completed since the last call. */
  take(): RawPage[] {
    return this.#done.splice(0);
  }

  // The bulk of a dump is its pages' text: the XML parser reads it a character at a time, so a
  // <text> element's characters bypass it when they are plain (`isPlainText`), and only a page that
  // is kept has them decoded. The parser still reads every tag, and is told how far the text moved
  // it along, so that its error messages name the same line and column.
  #drain(end: boolean): void {
    const input = this.#pending;
    let at = 0;
    // what is left (a tag or a closing tag cut by the chunk's end) waits for the next chunk
    const wait = (from: number): void => void (this.#pending = input.slice(from));
    for (;;) {
      if (this.#raw !== null) {
        const close = input.indexOf('</text', at);
        if (close < 0) {
          const stop = end ? input.length : Math.max(at, input.length - 5);
          this.#raw.push(input.slice(at, stop));
          this.#rawLength += stop - at;
          // an unclosed text, or one over the page limit: the parser reads it (and fails, or refuses it) as before
          if (end || this.#rawLength > MAX_PAGE_CHARS) this.#feed(this.#takeRaw());
          at = stop;
          if (end) continue;
          return wait(at);
        }
        this.#raw.push(input.slice(at, close));
        at = close;
        this.#text(this.#takeRaw());
        continue;
      }
      const open = input.indexOf('<text', at);
      if (open < 0) {
        const stop = end ? input.length : Math.max(at, input.length - 4);
        this.#feed(input.slice(at, stop));
        return wait(stop);
      }
      TEXT_OPEN.lastIndex = open;
      const tag = TEXT_OPEN.exec(input);
      if (!tag && !end && input.indexOf('>', open) < 0) {
        // the open tag is not whole yet
        this.#feed(input.slice(at, open));
        return wait(open);
      }
      const stop = tag ? open + tag[0].length : open + 5;
      this.#opened = null;
      this.#feed(input.slice(at, stop));
      at = stop;
      // only a <text> the parser has just opened (not words in a comment) is read past it
      if (tag && this.#opened === 'text') {
        this.#raw = [];
        this.#rawLength = 0;
      }
    }
  }

  #feed(text: string): void {
    if (text !== '') this.#parser.write(text);
  }

  #takeRaw(): string {
    const raw = (this.#raw ?? []).join('');
    this.#raw = null;
    return raw;
  }

  #text(raw: string): void {
    if (!isPlainText(raw)) {
      this.#feed(raw);
      return;
    }
    // decoded only when kept: other namespaces' and redirects' text is never captured
    if (this.#buffer !== null) this.#append(plainText(raw));
    const { line, column } = advance(raw, this.#parser.line, this.#parser.column);
    this.#parser.line = line;
    this.#parser.column = column;
  }

  #open(tag: SaxesTagPlain): void {
    this.#path.push(tag.name);
    if (this.#path.length === 1) this.#rootOpen = true;
    const parent = this.#path[this.#path.length - 2];
    if (tag.name === 'page') this.#page = { title: '', ns: '0', id: '', revisionId: '', timestamp: '', redirect: false, text: '' };
    if (tag.name === 'redirect' && parent === 'page' && this.#page) {
      this.#page.redirect = true;
      const target = tag.attributes['title'];
      if (target) this.#page.redirectTo = target;
    }
    this.#buffer = this.#captures(tag.name, parent) ? '' : null;
  }

  // Only an article's own text is kept: other namespaces and redirects are decided before their text comes.
  #captures(name: string, parent: string | undefined): boolean {
    const page = this.#page;
    if (!page) return false;
    if (parent === 'page') return PAGE_FIELDS.has(name);
    if (parent !== 'revision' || !REVISION_FIELDS.has(name)) return false;
    return name !== 'text' || (page.ns === '0' && !page.redirect);
  }

  #append(text: string): void {
    if (this.#buffer === null) return;
    if (this.#buffer.length + text.length > MAX_PAGE_CHARS) {
      // keep reading (the next page may be fine), but hold none of this one
      this.#buffer = null;
      if (this.#page) this.#page.tooLarge = true;
      return;
    }
    this.#buffer += text;
  }

  #close(name: string): void {
    const parent = this.#path[this.#path.length - 2];
    const page = this.#page;
    const value = this.#buffer;
    this.#buffer = null;
    this.#path.pop();
    if (this.#path.length === 0) this.#rootOpen = false;
    if (!page) return;
    if (name === 'page') {
      this.#done.push(page);
      this.#page = null;
    } else if (value !== null && parent === 'page') {
      if (name === 'title' || name === 'ns' || name === 'id') page[name] = value.trim();
    } else if (value !== null && parent === 'revision') {
      if (name === 'id') page.revisionId = value.trim();
      if (name === 'timestamp') page.timestamp = value.trim();
      if (name === 'text') page.text = value;
    }
  }
}
