import fc from 'fast-check';
import { afterAll, describe, it } from 'vitest';
import { assertWithinBudget, measure, measureAsync } from './_budget.js';
import { expectReadOrRefused } from './_check.js';
import { BYTES_READERS, TEXT_READERS } from './_readerTargets.js';
import { fcOptions, TEST_TIMEOUT } from './_settings.js';
import { printSlowest } from './_summary.js';

const hex = (bytes: Uint8Array): string => `${bytes.length} bytes: ${Buffer.from(bytes.subarray(0, 400)).toString('hex')}`;

// The properties, for every reader: no crash, nothing but AnnalsError thrown, every span inside the
// article's text (and exact for titles, headings and infobox values), at most 1 s of CPU per input.
describe('fuzz: readers', () => {
  afterAll(() => printSlowest('readers'));

  it.each(TEXT_READERS)('$name: valid articles or AnnalsError, spans inside the text, ≤ 1 s per input', (target) => {
    fc.assert(
      fc.property(target.input, (text) => {
        const outcome = measure(target.name, text, () => target.read(text));
        expectReadOrRefused(target.name, outcome);
        assertWithinBudget(target.name, outcome.ms);
      }),
      fcOptions(),
    );
  }, TEST_TIMEOUT);

  it.each(BYTES_READERS)('$name: valid articles or AnnalsError, spans inside the text, ≤ 1 s per input', async (target) => {
    await fc.assert(
      fc.asyncProperty(target.input, async (bytes) => {
        const outcome = await measureAsync(target.name, hex(bytes), () => target.read(bytes));
        expectReadOrRefused(target.name, outcome);
        assertWithinBudget(target.name, outcome.ms);
      }),
      fcOptions(),
    );
  }, TEST_TIMEOUT);
});
