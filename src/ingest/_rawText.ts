// A page's text as the dump writes it: characters and the five named entities, nothing else. Anything
// more (markup or a comment inside <text>, a carriage return the parser would fold, a numeric or
// unknown entity, a character XML does not allow, "]]>") goes through the XML parser instead, which
// reads it, or fails on it, as it always has.
// eslint-disable-next-line no-control-regex -- the control characters XML 1.0 does not allow
const NOT_PLAIN = /[<\r\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|\]\]>|&(?!(?:lt|gt|amp|quot|apos);)|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const ASTRAL = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;

/**
 * Whether `raw` (the characters between `<text …>` and `</text>`) needs no XML parser to be read.
 * @example isPlainText("{{Infobox military conflict\n| place = Gao &amp; Kidal") === true
 */
export function isPlainText(raw: string): boolean {
  return !NOT_PLAIN.test(raw);
}

/**
 * The text a plain `raw` stands for.
 * @example plainText('Gao &amp; Kidal &lt;ref&gt;') === 'Gao & Kidal <ref>'
 */
export function plainText(raw: string): string {
  if (!raw.includes('&')) return raw;
  // "&amp;" last, so that "&amp;lt;" stays "&lt;"
  return raw.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&apos;', "'").replaceAll('&amp;', '&');
}

/**
 * Where an XML parser would stand after reading `raw` from line `line`, column `column`: lines
 * counted by "\n", columns by Unicode character, as saxes counts them for its error messages.
 * @example advance('ab\ncd', 1, 5) // { line: 2, column: 2 }
 */
export function advance(raw: string, line: number, column: number): { line: number; column: number } {
  const last = raw.lastIndexOf('\n');
  const tail = last < 0 ? raw : raw.slice(last + 1);
  const width = tail.length - (tail.match(ASTRAL)?.length ?? 0);
  if (last < 0) return { line, column: column + width };
  let newlines = 0;
  for (let at = raw.indexOf('\n'); at >= 0; at = raw.indexOf('\n', at + 1)) newlines++;
  return { line: line + newlines, column: width };
}
