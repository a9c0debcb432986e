import { describe, it } from 'vitest';
import type { Article } from '../../src/model/index.js';
import { readMarkdown, readPlainText, readWikitext } from '../../src/read/index.js';
import { segment } from '../../src/segment/index.js';
import { assertWithinBudget, measure } from './_budget.js';
import { expectReadOrRefused } from './_check.js';
import { FUZZ_MODE } from './_settings.js';

// Inputs still over the 1 s budget, kept visible: each is a parser's time growing with the square
// of something no guard bounds without refusing real articles. They run in `npm run fuzz` (seconds
// each) and show as skipped in `npm test`; the generators stay below them (_inputs.ts, _settings.ts).
const KNOWN: [where: string, input: string, run: (text: string) => readonly Article[]][] = [
  // wtf_wikipedia joins each line ending in a short word ("b") to the next and tests the whole growing chunk again
  ["wtf_wikipedia's sentence joiner (src/04-sentence/parse.js)", `'''T''' x\n${'- a: b\n'.repeat(8000)}`, (t) => [readWikitext(t, 'slow.wiki')]],
  // micromark's lists and long paragraphs: every line re-splices the events of the whole block
  ["micromark's list items (micromark-util-subtokenize)", `# T\n\n${'- a: b\n'.repeat(6000)}`, (t) => [readMarkdown(t, 'slow.md')]],
  ["micromark's paragraph of 16,000 lines", `# T\n\n${'== a ==\nx\n'.repeat(8000)}`, (t) => [readMarkdown(t, 'slow.md')]],
  // not a reader: the segmenter the recognisers need, on one 24,000-character token (wink-nlp's
  // e-mail pattern and /(\S+)\.$/ in src/segment/sentences.ts, both quadratic in a token's length)
  ['the segmenter (src/segment, wink-nlp)', `= T =\n\n${'{{circa|60}}'.repeat(2000)}\n`, (t) => [segment(readPlainText(t, 'slow.txt'))]],
];

describe.runIf(FUZZ_MODE)('fuzz: known inputs over budget', () => {
  it.fails.each(KNOWN)('over 1 s in %s', (_where, input, run) => {
    const outcome = measure('known slow', input, () => run(input));
    expectReadOrRefused('known slow', outcome);
    assertWithinBudget('known slow', outcome.ms);
  });
});
