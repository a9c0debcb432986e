import { SaxesParser } from 'saxes';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageParser } from '../../src/ingest/_pageParser.js';
import { advance, isPlainText, plainText } from '../../src/ingest/_rawText.js';

describe('isPlainText', () => {
  it.each([
    ['{{Infobox military conflict\n| place = Gao &amp; Kidal', true],
    ['&lt;ref&gt;Le Monde&lt;/ref&gt; &quot;x&quot; &apos;y&apos;', true],
    ['', true],
    ['a <b>markup</b>', false],
    ['a\r\nb', false],
    ['&#65;', false],
    ['&nbsp;', false],
    ['a & b', false],
    ['x ]]> y', false],
    ['bell \u0007', false],
    ['lone \uD800 surrogate', false],
    ['emoji \uD83D\uDE00 pair', true],
  ])('%j → %s', (raw, plain) => {
    expect(isPlainText(raw)).toBe(plain);
  });
});

describe('plainText', () => {
  it.each([
    ['Gao &amp; Kidal &lt;ref&gt;', 'Gao & Kidal <ref>'],
    ['&amp;lt;', '&lt;'],
    ['&quot;a&quot; &apos;b&apos;', '"a" \'b\''],
    ['no entities', 'no entities'],
  ])('%j → %j', (raw, text) => {
    expect(plainText(raw)).toBe(text);
  });
});

describe('advance', () => {
  it.each([
    ['abc', 1, 5, { line: 1, column: 8 }],
    ['ab\ncd', 1, 5, { line: 2, column: 2 }],
    ['\n\n', 3, 7, { line: 5, column: 0 }],
    ['\n\uD83D\uDE00x', 1, 0, { line: 2, column: 2 }],
  ])('%j from %i:%i', (raw, line, column, end) => {
    expect(advance(raw, line, column)).toEqual(end);
  });
});

const page = (ns: string, text: string, title = 'Gao'): string => `<page><title>${title}</title><ns>${ns}</ns><id>1</id><revision><id>2</id><timestamp>2013-01-13T00:00:00Z</timestamp><text bytes="9" xml:space="preserve">${text}</text></revision></page>\n`;
const read = (xml: string, chunk = 7) => {
  const parser = new PageParser(false);
  for (let i = 0; i < xml.length; i += chunk) parser.write(xml.slice(i, i + chunk));
  return parser.close().take();
};

describe('PageParser reads a text past the XML parser only when it is plain', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each([
    ['entities', 'Gao &amp; Kidal &lt;ref&gt;', 'Gao & Kidal <ref>'],
    ['a carriage return, which XML folds', 'a\r\nb\rc', 'a\nb\nc'],
    ['a numeric entity', 'x &#65;&#x42;', 'x AB'],
    ['a comment', 'a<!-- <text> -->b', 'ab'],
    ['CDATA', 'a<![CDATA[<b>]]>c', 'a<b>c'],
  ])('%s, in chunks of any size', (_, raw, text) => {
    for (const chunk of [1, 3, 7, 4096]) expect(read(`<mediawiki>\n${page('0', raw)}</mediawiki>`, chunk).map((p) => p.text)).toEqual([text]);
  });

  it("gives the XML parser none of a plain page's text: pages are selected before their text is parsed", () => {
    let seen = 0;
    const write = SaxesParser.prototype.write;
    vi.spyOn(SaxesParser.prototype, 'write').mockImplementation(function (this: SaxesParser, chunk: string | object | null) {
      seen += typeof chunk === 'string' ? chunk.length : 0;
      return write.call(this, chunk);
    });
    const long = 'Gao was bombarded. '.repeat(10_000);
    const pages = read(`<mediawiki>\n${page('10', long, 'Template:Gao')}${page('0', long)}</mediawiki>`, 65_536);
    expect(pages.map((p) => [p.ns, p.text.length])).toEqual([['10', 0], ['0', long.length]]);
    expect(seen).toBeLessThan(1000);
  });

  it('names the line and column of a break after a long text as the XML parser alone does', () => {
    const xml = `<mediawiki>\n${page('0', 'line one\nline two é \uD83D\uDE00 three')}<page><title>Bad</wrong></page></mediawiki>`;
    const alone = new SaxesParser();
    let expected = '';
    try {
      alone.write(xml).close();
    } catch (error) {
      expected = (error as Error).message;
    }
    expect(expected).toMatch(/^\d+:\d+: /);
    expect(() => read(xml)).toThrow(expected);
  });
});
