import { readPlainText } from './plainText.js';
import type { Reader } from './reader.js';

const one = (article: ReturnType<typeof readPlainText>) => ({ articles: [article], problems: [], skipped: 0 });

/**
 * The readers in the order the read stage tries them. A reader's parser loads with its first text
 * (wtf_wikipedia and the Markdown parser are ~300 modules): a plain-text article needs neither.
 */
export const defaultReaders: readonly Reader[] = [
  { name: 'mediawiki-xml', shape: 'mediawiki-xml', read: async (text, source) => (await import('./mediawikiXml.js')).readMediawikiXml(text, source) },
  { name: 'markdown', shape: 'markdown', read: async (text, source, bytes) => one((await import('./markdown.js')).readMarkdown(text, source, bytes)) },
  { name: 'plain', shape: 'plain', read: (text, source, bytes) => one(readPlainText(text, source, bytes)) },
  { name: 'wikitext', shape: 'wikitext', read: async (text, source, bytes) => one((await import('./wikitext.js')).readWikitext(text, source, { bytes })) },
];
