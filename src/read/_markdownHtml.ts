// Raw HTML in Markdown: CommonMark runs an HTML block on past what a reader takes for its end — a
// `<script>` or `<!--` never closed to the end of the document, a `<div>` to the next blank line —
// and the paragraphs inside it would be lost. The block's words are kept instead; only what no
// reader sees goes: script and style bodies, comments, tags.

// What a browser never shows, up to the text that closes it.
const HIDDEN = /<(script|style)\b[^<>]*>|<!--|<\?|<!\[CDATA\[/gi;
const closing = (opened: string, element: string | undefined): string => (element ? `</${element.toLowerCase()}` : opened === '<!--' ? '-->' : opened === '<?' ? '?>' : ']]>');
const DECLARATION = /<![A-Za-z][^<>\n]*>?/g;
// Tags that break a line in a browser: the words either side are not one word.
const BLOCK_TAG = /<\/?(?:p|div|br|hr|li|ul|ol|dl|dt|dd|tr|td|th|table|thead|tbody|h[1-6]|section|article|header|footer|main|aside|nav|figure|figcaption|blockquote|pre|details|summary)\b[^<>]*>/gi;
const OTHER_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g;

/**
 * Script and style bodies, comments, processing instructions and CDATA removed, each to what closes
 * it; one never closed, to the end of its own line only, so that it takes no paragraph with it.
 * Linear: once a closing text is not found, it is not searched for again.
 */
function withoutHidden(html: string): string {
  const lower = html.toLowerCase();
  const absent = new Set<string>();
  let out = '';
  let at = 0;
  HIDDEN.lastIndex = 0;
  for (let m = HIDDEN.exec(html); m; m = HIDDEN.exec(html)) {
    out += html.slice(at, m.index);
    const close = closing(m[0], m[1]);
    const found = absent.has(close) ? -1 : lower.indexOf(close, HIDDEN.lastIndex);
    if (found < 0) absent.add(close);
    const end = found < 0 ? -1 : close.startsWith('</') ? html.indexOf('>', found) + 1 : found + close.length;
    const lineEnd = html.indexOf('\n', HIDDEN.lastIndex);
    at = end > 0 ? end : found < 0 && lineEnd >= 0 ? lineEnd : html.length;
    HIDDEN.lastIndex = at;
  }
  return out + html.slice(at);
}

/**
 * The Markdown text an HTML block holds, for the reader to read again as Markdown: tags, comments
 * and script or style bodies removed, the words between them kept.
 * @example htmlBlockText('<div class="note">\nFrench jets struck **Gao**.\n</div>') // '\n\nFrench jets struck **Gao**.\n\n'
 * @example htmlBlockText('<script>track()\nThe strikes continued.') // '\nThe strikes continued.'
 */
export function htmlBlockText(html: string): string {
  return withoutHidden(html).replace(DECLARATION, '').replace(BLOCK_TAG, '\n').replace(OTHER_TAG, '');
}
