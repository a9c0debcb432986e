import fc from 'fast-check';
import { MAX_REPEAT } from './_settings.js';

// Words of the articles the recognisers read: dates, counts, names, roles, triggers.
const WORDS = [
  'the', 'of', 'and', 'in', 'on', 'On', 'In', 'at', 'by', 'from', 'to', 'between', 'killed', 'wounded', 'captured', 'shelled', 'bombed',
  'soldiers', 'civilians', 'fighters', 'forces', 'Army', 'rebels', 'militants', 'jihadists', 'troops', 'people', 'more than', 'at least',
  'about', 'up to', 'nearly', 'some', 'dozens', 'hundreds', 'tens of thousands', 'no casualties', 'a dozen', 'early', 'late', 'mid-',
  'the following day', 'two days later', 'that day', 'the same day', 'the next morning', 'hours', 'minutes', 'after takeoff', 'around',
  'pm', 'a.m.', 'GMT', 'January', 'March', 'May', 'December', 'Jan.', 'summer', 'winter', 'al-', 'Al', 'Abu', 'ibn', 'bin', 'Jabhat',
  'Islamic State', 'French', 'Malian', 'Syrian', 'Mali', 'Gao', 'Kidal Region', 'United Nations', '(MOJWA)', 'MNLA', 'U.S.', 'Lt.',
  'Gen.', 'President', 'defense minister', 'according to', 'stated', 'reported', 'Residents of', 'Movement for', 'Oblast', 'Battle of',
];
const NUMBERS = [
  '0', '1', '13', '60', '137', '2013', '1,200', '60+', '90–200', '50-150', '~1,000', '40%', '1.5', '12th', 'twelve', 'sixty',
  'one hundred', 'zero', '1e10', '999999999999999999999999', '-5', '4:30pm', '04:30', '10/11/2012', '2015-03-21', '٣', '１２', '½', '1,2,3,4',
];
const PUNCTUATION = ['.', ',', ';', ':', '(', ')', '"', '“', '”', "'", '–', '—', '-', '/', '!', '?', '…', '[', ']', '&', '·', '•'];
/** Characters that break assumptions about text: NUL, direction marks, lone surrogates, combining marks. */
export const NASTY = [
  '\u0000', '\u200f', '\u202e', '\u200b', '\ufeff', '\u00a0', '\u0301', 'e\u0301', '\ud800', '\udc00', '\u{1F1F2}\u{1F1F1}', '\u2028',
  '\u0085', '\t', '\r', '\r\n', '\n', '\n\n', '\u0627\u0644\u0642\u0627\u0639\u062f\u0629', 'İ', 'ß', '\uffff', '\u{10FFFF}',
];
export const MARKUP = [
  '{{', '}}', '[[', ']]', '|', '||', "'''", "''", '\n==', '==\n', '<ref>', '</ref>', '<ref name=a/>', '<!--', '-->', '{|', '|}', '|-',
  '**', '_', '](', '](./A_b)', '#', '\n# ', '\n> ', '\n- ', '\n* ', '\n---\n', '&amp;', '&lt;', '&#0;', '<![CDATA[', ']]>', '<br>', '<br />',
  '{{flagicon|France}}', '{{start date|2013|1|13|df=y}}', '{{coord|16|N|0|W}}', '{{circa|60}}', '<nowiki>', '</nowiki>', '\nInfobox\n',
  '\n- Date: ', '`', '```', '<div>', '</div>', '{{Infobox military conflict\n| conflict = X\n', '| casualties1 = ', '\n|', '\t|',
];

const token = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...NUMBERS) },
  { weight: 2, arbitrary: fc.integer({ min: -1, max: 100_000 }).map(String) },
  { weight: 3, arbitrary: fc.constantFrom(...PUNCTUATION) },
  { weight: 2, arbitrary: fc.constantFrom(...MARKUP) },
  { weight: 1, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8, unit: 'grapheme' }) },
);
const separator = fc.constantFrom(' ', ' ', ' ', '', '  ', '\n', ', ', '-', '\u00a0');

/** Text made of the articles' own words, numbers, punctuation, markup and odd characters. */
export function wordSoup(maxTokens = 150): fc.Arbitrary<string> {
  return fc.array(fc.tuple(token, separator), { maxLength: maxTokens }).map((pairs) => pairs.map(([t, s]) => t + s).join(''));
}

/** Units whose long runs make regexes backtrack: words, brackets, digits, name particles, markup, odd characters. */
const RUN_UNITS: readonly string[] = [
  'a ', 'a', ' ', '\t', '.', '. ', '..', '(', ')', '((', '[', '[[', ']]', '{{', '}}', '{{a|', '|', '||', '=', '== ', "'", "''", '"', '*',
  '**', '*a', '_', '__', '_a', '`', '\\``', '#', '> ', '- ', '-', '–', ',', ', ', ':', '&', '&#', '<', '<>', '<?', '<!D ', '<![CDATA[',
  '<a ', '<ref>', '<!--', '[ (](', '](', '![', '<http://', 'On 1 ', 'On ', '1', '12,', '1 ', '1.', '1-', 'Aa ', 'Aa', 'AA ', 'A. ', 'al-',
  'Al-', 'al ', 'of the ', 'the ', 'January ', '13 ', 'more than ', 'killed ', 'and ', 'Mr. ', 'U.S. ', 'e\u0301', '\u0301', '\u200f',
  '\u202e', '\ud800', 'x\u0000', '\u00a0', '\u{1F1F2}\u{1F1F1}', 'that day ', 'Mali-', ' x Abc', 'March0, ', 'at noon ',
];
/**
 * Units that are whole lines. wtf_wikipedia's sentence joiner and the Markdown parser's lists and
 * paragraphs take time quadratic in the lines of one paragraph (5,000 lines of "- a: b" take over
 * a second in both; see knownSlow.test.ts), so these runs stop at 1,000 lines.
 */
const LINE_UNITS: readonly string[] = ['\n', ' \n', 'a\n', 'a\n\n', 'Infobox\n', '- a: b\n', '== a ==\n', '## a\n\n', '= a =\n', '* a\n', '|-\n| a\n'];
export const MAX_LINES = 1000;

const NESTING: readonly [open: string, close: string][] = [
  ['{{', '}}'], ['{{a|', '}}'], ['[[', ']]'], ['[[a|', ']]'], ['{{{', '}}}'], ['(', ')'], ['[', ']'], ['[', '](x)'], ['<ref>', '</ref>'],
  ['<div>', '</div>'], ['> ', ''], ['- ', ''], ['1. ', ''], ["'''", "'''"], ['**', '**'], ['*', '*'], ['_', '_'], ['<!--', '-->'], ['"', '"'],
  ['“', '”'], ['{', '}'], ['<b>', '</b>'], ['<span>', '</span>'], ['{|\n', '\n|}\n'], ['\n* ', ''], ['\n> ', ''],
];
/** A long run of one repeated unit, between two stretches of ordinary words. */
export function repeatedRun(maxRepeat = MAX_REPEAT): fc.Arbitrary<string> {
  const run = fc.oneof(
    fc.tuple(fc.constantFrom(...RUN_UNITS), fc.integer({ min: 1, max: maxRepeat })),
    fc.tuple(fc.constantFrom(...LINE_UNITS), fc.integer({ min: 1, max: Math.min(maxRepeat, MAX_LINES) })),
  );
  return fc.tuple(wordSoup(8), run, wordSoup(8)).map(([before, [unit, count], after]) => before + unit.repeat(count) + after);
}

/** Brackets, templates, quotes and lists nested deep, closed fully, partly or not at all; nesting by lines stops at 1,000. */
export function deepNesting(maxDepth = MAX_REPEAT): fc.Arbitrary<string> {
  return fc
    .record({ pair: fc.constantFrom(...NESTING), depth: fc.nat(), closed: fc.double({ min: 0, max: 1, noNaN: true }), middle: wordSoup(8) })
    .map(({ pair: [open, close], depth: n, closed, middle }) => {
      const depth = 1 + (n % (`${open}${close}`.includes('\n') ? Math.min(maxDepth, MAX_LINES) : maxDepth));
      return open.repeat(depth) + middle + close.repeat(Math.round(depth * closed));
    });
}

/** Raw strings of every kind of code unit, lone surrogates included. */
export const anyString = fc.oneof(fc.string({ maxLength: 500, unit: 'grapheme' }), fc.string({ maxLength: 500, unit: 'binary' }));

/** Text for a reader's body or a recogniser's sentences: mostly words, sometimes runs up to `maxRepeat`, sometimes raw. */
export function bodyText(maxRepeat = MAX_REPEAT): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 14, arbitrary: wordSoup() },
    { weight: 4, arbitrary: fc.oneof(repeatedRun(maxRepeat), deepNesting(maxRepeat)) },
    { weight: 2, arbitrary: anyString },
  );
}
