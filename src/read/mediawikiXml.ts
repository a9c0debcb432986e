import { SaxesParser } from 'saxes';
import { AnnalsError, isAnnalsError, type Article } from '../model/index.js';
import { readWikitext } from './wikitext.js';

export interface ExportPage {
  title: string;
  ns: string;
  redirect: boolean;
  text: string;
}

export interface PagesRead {
  articles: Article[];
  problems: AnnalsError[];
  skipped: number;
}

/**
 * Reads every article page (main namespace, not a redirect) of a MediaWiki XML export; a page that
 * cannot be read is reported and the rest still read.
 * @example readMediawikiXml('<mediawiki><page><title>Gao</title><ns>0</ns><revision><text>…</text></revision></page></mediawiki>', 'export.xml')
 */
export function readMediawikiXml(xml: string, source: string): PagesRead {
  const result: PagesRead = { articles: [], problems: [], skipped: 0 };
  for (const page of exportPages(xml, source)) {
    if (page.ns !== '0' || page.redirect || page.text.trim() === '') {
      result.skipped++;
      continue;
    }
    const where = `${source}#${page.title}`;
    try {
      result.articles.push(readWikitext(page.text, where, { title: page.title, bytes: Buffer.from(page.text, 'utf8') }));
    } catch (error) {
      if (!isAnnalsError(error)) throw error;
      result.problems.push(error);
    }
  }
  if (result.articles.length === 0 && result.problems.length === 0) {
    throw new AnnalsError('not_an_article', source, `no article pages among the export's ${result.skipped} pages`);
  }
  return result;
}

/** The `<page>` elements of an export, in order. */
export function exportPages(xml: string, source: string): ExportPage[] {
  const pages: ExportPage[] = [];
  const parser = new SaxesParser();
  const path: string[] = [];
  let page: ExportPage | null = null;
  let buffer = '';
  parser.on('opentag', (tag) => {
    path.push(tag.name);
    buffer = '';
    if (tag.name === 'page') page = { title: '', ns: '0', redirect: false, text: '' };
    if (tag.name === 'redirect' && page) page.redirect = true;
  });
  parser.on('text', (t) => (buffer += t));
  parser.on('cdata', (t) => (buffer += t));
  parser.on('closetag', (tag) => {
    const parent = path[path.length - 2];
    if (page && parent === 'page' && (tag.name === 'title' || tag.name === 'ns')) page[tag.name] = buffer.trim();
    if (page && tag.name === 'text' && parent === 'revision') page.text = buffer;
    if (tag.name === 'page' && page) pages.push(page);
    if (tag.name === 'page') page = null;
    path.pop();
    buffer = '';
  });
  try {
    parser.write(xml).close();
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message.split('\n')[0] : String(cause);
    throw new AnnalsError('malformed', source, `broken XML export (${reason})`, { cause });
  }
  return pages;
}
