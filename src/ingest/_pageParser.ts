import { SaxesParser, type SaxesTagPlain } from 'saxes';

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

  constructor(fragment: boolean) {
    this.#fragment = fragment;
    this.#parser.on('opentag', (tag) => this.#open(tag));
    this.#parser.on('closetag', (tag) => this.#close(tag.name));
    this.#parser.on('text', (text) => this.#append(text));
    this.#parser.on('cdata', (text) => this.#append(text));
    if (fragment) this.#parser.write('<mediawiki>');
  }

  write(text: string): this {
    this.#parser.write(text);
    return this;
  }

  /** Ends the input: closes the root a fragment lacks, and fails on XML that stops part-way. */
  close(): this {
    if (this.#fragment && this.#rootOpen && this.#path.length === 1) this.#parser.write('</mediawiki>');
    this.#parser.close();
    return this;
  }

  /** The pages completed since the last call. */
  take(): RawPage[] {
    return this.#done.splice(0);
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
