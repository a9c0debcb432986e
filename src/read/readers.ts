import { readMarkdown } from './markdown.js';
import { readMediawikiXml } from './mediawikiXml.js';
import { readPlainText } from './plainText.js';
import type { Reader } from './reader.js';
import { readWikitext } from './wikitext.js';

const one = (article: ReturnType<typeof readPlainText>) => ({ articles: [article], problems: [], skipped: 0 });

/** The readers in the order the read stage tries them. */
export const defaultReaders: readonly Reader[] = [
  { name: 'mediawiki-xml', shape: 'mediawiki-xml', read: (text, source) => readMediawikiXml(text, source) },
  { name: 'markdown', shape: 'markdown', read: (text, source, bytes) => one(readMarkdown(text, source, bytes)) },
  { name: 'plain', shape: 'plain', read: (text, source, bytes) => one(readPlainText(text, source, bytes)) },
  { name: 'wikitext', shape: 'wikitext', read: (text, source, bytes) => one(readWikitext(text, source, { bytes })) },
];
