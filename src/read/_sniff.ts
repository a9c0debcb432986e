/** The shapes of input a reader exists for. */
export type InputShape = 'plain' | 'markdown' | 'wikitext' | 'mediawiki-xml' | 'unknown';

const XML_EXPORT = /^\s*(<\?xml[^>]*\?>\s*)?<mediawiki[\s>]/;
const FRONT_MATTER = /^---[ \t]*\n/;
const PLAIN_TITLE = /^\s*= *[^=\s][^\n]*? *=[ \t]*(\n|$)/;
const WIKI_MARKUP = /\{\{|\[\[|'''|^==[^=\n].*==[ \t]*$|^\{\|/m;
const MARKDOWN_TITLE = /^\s*# \S/;

/**
 * Chooses a reader by what the text holds, never by the file's name.
 * @example sniffShape('= Bombardment of Gao =\n\nInfobox\n') === 'plain'
 */
export function sniffShape(text: string): InputShape {
  if (XML_EXPORT.test(text)) return 'mediawiki-xml';
  if (FRONT_MATTER.test(text)) return 'markdown';
  if (PLAIN_TITLE.test(text)) return 'plain';
  if (WIKI_MARKUP.test(text)) return 'wikitext';
  if (MARKDOWN_TITLE.test(text)) return 'markdown';
  return 'unknown';
}
