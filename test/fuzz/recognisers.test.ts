import fc from 'fast-check';
import { afterAll, describe, it } from 'vitest';
import { assertWithinBudget, measure, noteTime } from './_budget.js';
import { describeError } from './_check.js';
import { segment } from '../../src/segment/index.js';
import { allRecognisers, plainArticle, recogniserInput, runRecognisers } from './_recogniserTargets.js';
import { fcOptions, TEST_TIMEOUT } from './_settings.js';
import { printSlowest } from './_summary.js';

// The properties, for every recogniser (dates, quantities, names), each seeing every input: it
// never throws (recognisers return nothing on odd text), every span lies inside the words it was
// given, every mention is valid, and no recogniser takes more than 1 s of CPU on one input.
describe('fuzz: recognisers', () => {
  afterAll(() => printSlowest('recognisers'));

  it('every recogniser: never throws, spans inside the text, valid mentions, ≤ 1 s per input', () => {
    const recognisers = allRecognisers();
    fc.assert(
      fc.property(recogniserInput, (text) => {
        // reading and segmenting make the recognisers' input; they are timed apart and not judged here
        const read = measure('(readPlainText)', text, () => plainArticle(text));
        if (!read.ok) throw new Error(`reading the input failed: ${describeError(read.error)}`, { cause: read.error });
        const article = measure('(segment)', text, () => segment(read.value));
        if (!article.ok) throw new Error(`segmenting the input failed: ${describeError(article.error)}`, { cause: article.error });
        const outcome = measure('recognise stage', text, () => runRecognisers(article.value, recognisers));
        if (!outcome.ok) throw new Error(`the recognise stage failed: ${describeError(outcome.error)}`, { cause: outcome.error });
        if (outcome.value.fault) throw new Error(outcome.value.fault);
        for (const [name, ms] of outcome.value.ms) {
          noteTime(name, ms, text);
          assertWithinBudget(name, ms);
        }
      }),
      fcOptions(),
    );
  }, TEST_TIMEOUT);
});
