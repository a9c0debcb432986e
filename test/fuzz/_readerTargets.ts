import fc from 'fast-check';
import type { Article } from '../../src/model/index.js';
import { readArticles, readMarkdown, readMediawikiXml, readPlainText, readWikitext } from '../../src/read/index.js';
import { bodyText, wordSoup } from './_inputs.js';
import { mutated, mutatedBytes } from './_mutate.js';
import { BZIP2_SEEDS, SEEDS } from './_seeds.js';

/** A reader under fuzzing: what it is fed, and how it is called. */
export interface TextReaderTarget {
  name: string;
  input: fc.Arbitrary<string>;
  read(text: string): readonly Article[];
}

/** The bytes-in readers (the read stage's entry, with decoding, sniffing and bzip2). */
export interface BytesReaderTarget {
  name: string;
  input: fc.Arbitrary<Uint8Array>;
  read(bytes: Uint8Array): Promise<readonly Article[]>;
}

const title = fc.oneof(fc.constantFrom('Bombardment of Gao', 'Battle of Bosra (2015)', 'T'), wordSoup(4));
const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
// the reader's own opening in front of generated text, so the text reaches the reader's body
const opened = (openings: fc.Arbitrary<string>, seeds: readonly string[]): fc.Arbitrary<string> =>
  fc.oneof({ weight: 3, arbitrary: fc.tuple(openings, bodyText()).map(([head, body]) => head + body) }, { weight: 2, arbitrary: mutated(seeds) }, { weight: 1, arbitrary: bodyText() });

const plainOpening = fc.oneof(
  title.map((t) => `= ${t} =\n\n`),
  fc.tuple(title, wordSoup(20), wordSoup(20)).map(([t, date, casualties]) => `= ${t} =\n\nInfobox\n- Date: ${date}\n- Casualties2: ${casualties}\n\n`),
);
const markdownOpening = fc.oneof(
  title.map((t) => `---\ntitle: ${t}\n---\n\n`),
  title.map((t) => `# ${t}\n\n`),
  fc.tuple(title, bodyText()).map(([t, yaml]) => `---\ntitle: ${t}\ninfoboxes:\n  - conflict:\n      text: ${yaml}\n---\n`),
  bodyText().map((yaml) => `---\n${yaml}\n---\n`),
);
const wikitextOpening = fc.oneof(
  title.map((t) => `'''${t}''' `),
  fc.tuple(title, wordSoup(20)).map(([t, v]) => `{{Infobox military conflict\n| conflict = ${t}\n| date = ${v}\n| casualties2 = ${v}\n}}\n`),
  title.map((t) => `== ${t} ==\n`),
);
const xmlPage = fc.tuple(title, fc.oneof(bodyText(), mutated(SEEDS.wikitext))).map(
  ([t, body]) => `<mediawiki><page><title>${escapeXml(t)}</title><ns>0</ns><revision><text>${escapeXml(body)}</text></revision></page></mediawiki>`,
);

/** Each reader called directly with text, as the read stage calls it after sniffing. */
export const TEXT_READERS: TextReaderTarget[] = [
  { name: 'readPlainText', input: opened(plainOpening, SEEDS.plain), read: (text) => [readPlainText(text, 'fuzz.txt')] },
  { name: 'readMarkdown', input: opened(markdownOpening, SEEDS.markdown), read: (text) => [readMarkdown(text, 'fuzz.md')] },
  { name: 'readWikitext', input: opened(wikitextOpening, SEEDS.wikitext), read: (text) => [readWikitext(text, 'fuzz.wiki')] },
  {
    name: 'readMediawikiXml',
    input: fc.oneof({ weight: 3, arbitrary: xmlPage }, { weight: 2, arbitrary: mutated([...SEEDS.xml, ...SEEDS.xml.map(escapeXml)]) }, { weight: 1, arbitrary: bodyText() }),
    read: (text) => readMediawikiXml(text, 'fuzz.xml').articles,
  },
];

const anyShapeText = fc.oneof(...TEXT_READERS.map((r) => r.input));
const utf8 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf8'));

/** The read stage's entry with bytes: decoding (BOM, CRLF, invalid UTF-8, NUL), sniffing, and the bzip2 path. */
export const BYTES_READERS: BytesReaderTarget[] = [
  {
    name: 'readArticles',
    input: fc.oneof(
      { weight: 4, arbitrary: anyShapeText.map(utf8) },
      { weight: 1, arbitrary: anyShapeText.map((t) => utf8(`\ufeff${t.replace(/\n/g, '\r\n')}`)) },
      { weight: 2, arbitrary: mutatedBytes(Object.values(SEEDS).flat().map(utf8)) },
      { weight: 1, arbitrary: fc.uint8Array({ maxLength: 2000 }) },
    ),
    read: async (bytes) => (await readArticles(bytes, 'fuzz-input')).articles,
  },
  {
    name: 'readArticles (bzip2)',
    input: fc.oneof(
      { weight: 4, arbitrary: mutatedBytes(BZIP2_SEEDS) },
      { weight: 1, arbitrary: fc.uint8Array({ maxLength: 2000 }).map((rest) => Uint8Array.from([0x42, 0x5a, 0x68, 0x39, ...rest])) },
    ),
    read: async (bytes) => (await readArticles(bytes, 'fuzz-input.bz2')).articles,
  },
];
