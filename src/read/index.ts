export type { Reader, ReadResult } from './reader.js';
export { defaultReaders } from './readers.js';
export { readArticles } from './readArticles.js';
export { readPlainText } from './plainText.js';
export { readMarkdown } from './markdown.js';
export { readWikitext } from './wikitext.js';
export { readMediawikiXml } from './mediawikiXml.js';
export { sniffShape, type InputShape } from './_sniff.js';
export { MAX_ARTICLE_BYTES } from './_decode.js';
