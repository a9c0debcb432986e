import { beforeAll, describe, expect, it } from 'vitest';
import { isAnnalsError, type Article } from '../../src/model/index.js';
import { LayoutBuilder } from '../../src/read/_layoutBuilder.js';
import { backMatterFlags } from '../../src/read/backMatter.js';
import { readMarkdown, readMediawikiXml, readPlainText, readWikitext } from '../../src/read/index.js';
import { recognise } from '../../src/recognise/index.js';
import { acronymRecogniser } from '../../src/recognise/names/acronyms.js';
import { segment } from '../../src/segment/index.js';
import { assertWithinBudget, measure, type Outcome } from './_budget.js';
import { expectReadOrRefused } from './_check.js';
import { allRecognisers, plainArticle, runRecognisers } from './_recogniserTargets.js';

// A test's name: the input's start and its length, not the whole of a run thousands of characters long.
const abbreviated = (input: string): string => (input.length <= 60 ? JSON.stringify(input) : `${JSON.stringify(input.slice(0, 60))}… (${input.length} characters)`);

const xmlPage = (title: string, text: string): string => `<mediawiki><page><title>${title}</title><ns>0</ns><revision><text>${text}</text></revision></page></mediawiki>`;

type ReaderCase = [input: string, read: (text: string) => readonly Article[], expected: 'read' | 'refused', before: string];

// Inputs the fuzzers found, smallest first where they shrank, and what they cost before the fix.
const READER_CASES: ReaderCase[] = [
  [`= T =\n\n== ${' '.repeat(2000)}x\n`, (t) => [readPlainText(t, 'f.txt')], 'read', '7.5 s: /^(={2,6}) *(.*?) *\\1$/ backtracked cubically'],
  [`= T =\n\nInfobox\n- a${' '.repeat(50_000)}x\n`, (t) => [readPlainText(t, 'f.txt')], 'read', 'about 4 s: /^- *([^:]+?) *: …/ was quadratic in a run of spaces'],
  [`= T =\n\n${'== a ==\nx\n'.repeat(2000)}`, (t) => [readPlainText(t, 'f.txt')], 'read', '6.7 s: back matter was worked out again for every paragraph'],
  [`= T =\n\nInfobox\n- a${'_'.repeat(50_000)}x: v\n`, (t) => [readPlainText(t, 'f.txt')], 'read', 'seconds: keys were trimmed of "_" starting from every "_" of a run'],
  ['= T =\n\nInfobox\n- Date: 1 May\n- : v\n- -: w\n', (t) => [readPlainText(t, 'f.txt')], 'read', 'an infobox field with an empty key, so an invalid article'],
  [`# T\n\nx${' '.repeat(4990)}x\n`, (t) => [readMarkdown(t, 'f.md')], 'read', 'quadratic: /\\s*\\n\\s*/ started again at every space'],
  [`'''T''' ${'{{'.repeat(10_000)}x${'}}'.repeat(10_000)}`, (t) => [readWikitext(t, 'f.wiki')], 'refused', 'RangeError (stack overflow) from wtf_wikipedia after 3.6 s'],
  [`'''T''' ${'{{a|'.repeat(800)}x${'}}'.repeat(800)}`, (t) => [readWikitext(t, 'f.wiki')], 'refused', '2 s, and minutes at 10,000 deep'],
  [`'''T''' ${'a '.repeat(50_000)}`, (t) => [readWikitext(t, 'f.wiki')], 'refused', "3 s: wtf_wikipedia's sentence splitter is quadratic in a line without a full stop"],
  [xmlPage('', `${'.'.repeat(11_700)}“\nArmy`), (t) => readMediawikiXml(t, 'f.xml').articles, 'read', '1 s (fuzz, 10,000 runs): the same splitter on 11,700 dots; the page is now reported, the export read'],
  [`# T\n\n${'> '.repeat(10_000)}x\n`, (t) => [readMarkdown(t, 'f.md')], 'refused', 'RangeError (stack overflow) in the reader'],
  [`# T\n\n${'- '.repeat(2500)}x\n`, (t) => [readMarkdown(t, 'f.md')], 'refused', "about 2 s in the Markdown parser's nested lists"],
  [`---\ntitle: x\n---\n\npeople ${'<!--'.repeat(9178)}\n`, (t) => [readMarkdown(t, 'f.md')], 'refused', "5 s: the Markdown parser's unclosed comments are quadratic (watchdog hit in vitest)"],
  [xmlPage('', "'''Bombardment of Tessit''' was a strike."), (t) => readMediawikiXml(t, 'f.xml').articles, 'read', "an article with an empty title (invalid): an empty <title> was taken as the page's title"],
  [xmlPage('', 'a '), (t) => readMediawikiXml(t, 'f.xml').articles, 'read', 'the same, with no other title: now the page is reported and the export read'],
];

describe('fuzz regressions: readers', () => {
  // the budget is the input's, not the parsers' first compilation
  beforeAll(() => {
    readPlainText('= T =\n\nx\n', 'warm.txt');
    readMarkdown('# T\n\nx\n', 'warm.md');
    readWikitext("'''T''' x\n", 'warm.wiki');
    readMediawikiXml(xmlPage('T', 'x'), 'warm.xml');
  });

  it.each(READER_CASES.map(([input, read, expected, before]) => ({ label: abbreviated(input), input, read, expected, before })))('$label is $expected within budget (before: $before)', ({ input, read, expected }) => {
    const outcome = measure('regression', input, () => read(input));
    expectReadOrRefused('regression', outcome);
    assertWithinBudget('regression', outcome.ms);
    expect(outcome.ok ? 'read' : 'refused').toBe(expected);
  });

  // 6.3 s for 2,000 Markdown headings and 5.8 s for wikitext ones: the layout worked out back matter again for every heading
  it('back matter of 20,000 headings at one level', () => {
    const outcome = measure('regression', '20,000 headings', () => {
      const builder = new LayoutBuilder();
      builder.title('T');
      for (let i = 0; i < 20_000; i++) {
        builder.heading(i === 10_000 ? 'References' : 'a', 2);
        builder.block('prose', [{ text: 'x' }]);
      }
      return builder.build();
    });
    assertWithinBudget('regression', outcome.ms);
    expect(outcome.ok && outcome.value.blocks.filter((b) => b.kind === 'back_matter').length).toBe(1);
    expect(backMatterFlags([{ title: 'References', level: 2 }, { title: 'Books', level: 3 }, { title: 'Further', level: 4 }, { title: 'Aftermath', level: 2 }])).toEqual([true, true, true, false]);
  });

  it('an infobox line without a field name is no field', () => {
    const article = readPlainText('= T =\n\nInfobox\n- Date: 1 May\n- : v\n- -: w\n- Place: Gao\n', 'f.txt');
    expect(article.infobox?.fields.map((f) => f.key)).toEqual(['date', 'place']);
  });

  it('an export page with an empty <title> takes its title from the article', () => {
    const { articles } = readMediawikiXml(xmlPage('', "'''Bombardment of Tessit''' was a strike."), 'f.xml');
    expect(articles.map((a) => a.title)).toEqual(['Bombardment of Tessit']);
  });

  it('refusals name the problem', () => {
    const refusal = (run: () => unknown): unknown => {
      try {
        run();
      } catch (error) {
        return isAnnalsError(error) ? `${error.code}: ${error.message}` : error;
      }
      return null;
    };
    expect(refusal(() => readWikitext(`'''T''' ${'{{'.repeat(101)}x${'}}'.repeat(101)}`, 'f.wiki'))).toMatch(/^malformed: .*templates nested over 100 deep on line 1/);
    expect(refusal(() => readWikitext(`'''T'''\n\n${'a '.repeat(10_001)}`, 'f.wiki'))).toMatch(/^too_large: .*line 3 is 20002 characters long/);
    expect(refusal(() => readMarkdown(`# T\n\n${'> '.repeat(101)}x`, 'f.md'))).toMatch(/^malformed: .*line 3 opens over 100 nested/);
    expect(refusal(() => readWikitext(`'''T''' x.\n${'.'.repeat(8001)}“\nArmy.`, 'f.wiki'))).toMatch(/^too_large: .*line 2 runs 8002 characters after its last sentence end/);
    expect(refusal(() => readWikitext(`'''T''' x.\n${'a. '.repeat(5000)}\n`, 'f.wiki'))).toBe(null);
  });
});

// Sentences the recogniser fuzzer found, and what they cost before the fix.
const RECOGNISER_CASES: [sentence: string, slow: string, before: string][] = [
  [`seven Fre${'Mali-'.repeat(24)}Mali`, 'names:acronym', '4.9 s (exponential: each hyphen a word break or not)'],
  ['killed, that day  bombed, fighters'.repeat(900), 'date:thatDay', 'over 1 s: every "that day" read the sentence\'s dates again'],
  [`== ${' '.repeat(50_000)}x`, 'time:clock, offset:relative', 'minutes: look-backs ran back over the run of spaces at every position'],
  [`Mali${' x Abc'.repeat(20_000)}`, 'names:chunk', '32 s: the words back to the last place were trimmed and joined for every name after it'],
];

describe('fuzz regressions: recognisers', () => {
  const recognisers = allRecognisers('countries');

  it.each(RECOGNISER_CASES.map(([sentence, slow, before]) => ({ label: abbreviated(sentence), sentence, slow, before })))('$label: $slow within budget (before: $before)', ({ sentence }) => {
    const article = segment(plainArticle(`= T =\n\nInfobox\n- Date: ${sentence}\n\n${sentence}\n`));
    const outcome: Outcome<ReturnType<typeof runRecognisers>> = measure('regression', sentence, () => runRecognisers(article, recognisers));
    expect(outcome.ok && outcome.value.fault).toBe(null);
    for (const [name, ms] of outcome.ok ? outcome.value.ms : []) assertWithinBudget(name, ms);
  });

  // What the acronym patterns read before their rewrite, unchanged.
  it.each([
    ['Al-Qaeda (AQ) and the MNLA (National Movement for the Liberation of Azawad) fought Ansar-al-Sharia (AAS) near Mali-Mali (MM).', [['MNLA', 'National Movement for the Liberation of Azawad'], ['National Movement for the Liberation of Azawad', 'MNLA']]],
    ['Fighters of Jabhat al-Nusra (JN) and Franco-Malian (FM) units.', [['Jabhat al-Nusra', 'JN'], ['JN', 'Jabhat al-Nusra']]],
  ])('acronym definitions in %j', (sentence, expected) => {
    const article = segment(plainArticle(`= T =\n\n${sentence}\n`));
    const { mentions } = recognise(article, [acronymRecogniser], null);
    expect(mentions.map((m) => [article.text.slice(m.span.start, m.span.end), m.kind === 'actor' ? m.value.aliasOf : null])).toEqual(expected);
  });
});
