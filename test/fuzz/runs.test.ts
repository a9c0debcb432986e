import { describe, it } from 'vitest';
import type { Article } from '../../src/model/index.js';
import { readArticles, readMarkdown, readMediawikiXml, readPlainText, readWikitext } from '../../src/read/index.js';
import { segment } from '../../src/segment/index.js';
import { assertWithinBudget, measure, measureAsync } from './_budget.js';
import { describeError, expectReadOrRefused } from './_check.js';
import { CATALOGUE } from './_catalogue.js';
import { allRecognisers, plainArticle, runRecognisers } from './_recogniserTargets.js';

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

// Each reader with the run in its body (and, for the seed's layout, in an infobox value too).
const READERS: [name: string, read: (run: string) => readonly Article[]][] = [
  ['readPlainText', (run) => [readPlainText(`= Catalogue =\n\nInfobox\n- Date: ${run}\n\n${run}\n`, 'run.txt')]],
  ['readMarkdown', (run) => [readMarkdown(`# Catalogue\n\n${run}\n`, 'run.md')]],
  ['readWikitext', (run) => [readWikitext(`'''Catalogue''' ${run}\n`, 'run.wiki')]],
  ['readMediawikiXml', (run) => readMediawikiXml(`<mediawiki><page><title>Catalogue</title><ns>0</ns><revision><text>${escapeXml(run)}</text></revision></page></mediawiki>`, 'run.xml').articles],
];

// The runs at its sizes, once each: every reader and every recogniser within 1 s of CPU,
// only AnnalsError thrown, spans inside the text.
describe('fuzz: long runs of one unit, at full size', () => {
  const recognisers = allRecognisers('countries');

  it.each(CATALOGUE)('$name: every reader', async ({ text }) => {
    for (const [name, read] of READERS) {
      const outcome = measure(name, text, () => read(text));
      expectReadOrRefused(name, outcome);
      assertWithinBudget(name, outcome.ms);
    }
    const bytes = Buffer.from(`= Catalogue =\n\n${text}\n`, 'utf8');
    const outcome = await measureAsync('readArticles', text, async () => (await readArticles(bytes, 'run.txt')).articles);
    expectReadOrRefused('readArticles', outcome);
    assertWithinBudget('readArticles', outcome.ms);
  });

  it.each(CATALOGUE)('$name: every recogniser', ({ text, recognised }) => {
    const words = text.slice(0, recognised ?? text.length);
    const article = segment(plainArticle(`= Catalogue =\n\nInfobox\n- Date: ${words}\n\n${words}\n`));
    const outcome = measure('recognise stage', words, () => runRecognisers(article, recognisers));
    if (!outcome.ok) throw new Error(`the recognise stage failed: ${describeError(outcome.error)}`, { cause: outcome.error });
    if (outcome.value.fault) throw new Error(outcome.value.fault);
    for (const [name, ms] of outcome.value.ms) assertWithinBudget(name, ms);
  });
});
