import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quantityForms } from '../../../src/recognise/quantities/quantityRecognisers.js';
import { wordSoup } from '../../fuzz/_inputs.js';

// A form's hint lets a sentence skip its pattern: it must pass every text the pattern matches in,
// or a figure would silently go missing.
const hinted = quantityForms.filter((form) => form.hint !== undefined);

function patternMatches(pattern: RegExp, text: string): boolean {
  const copy = new RegExp(pattern.source, pattern.flags.replace('g', ''));
  return copy.test(text);
}

describe('quantity form hints', () => {
  it.each(hinted.map((form) => [form.rule, form] as const))('%s: a text the pattern matches passes the hint (word soup)', (_, form) => {
    fc.assert(
      fc.property(wordSoup(40), (text) => !patternMatches(form.pattern, text) || (form.hint as RegExp).test(text)),
      { numRuns: 500, seed: 20261202 },
    );
  });

  // [text] each matched by some form, in the forms' own words and the odd case folding of /iu
  it.each([
    ['more than sixty jihadists'], ['60+ killed'], ['between 50 and 150'], ['two or three'], ['dozens of civilians'], ['Twelve Bombs'],
    ['ſix hundred'], ['tens of thousands'], ['a Dozen'], ['FOURTEEN'], ['~1,000'], ['1.5 million'],
    // the range and qualified forms' own hints: a number before a joiner, a qualifier's last word before a number
    ['thirteen–fifteen'], ['fifteen to twenty'], ['300–410+'], ['10-11,000 killed'], ['Between Fifty And Sixty'],
    ['some a dozen'], ['approx. 40'], ['c. 8,000'], ['ca. 300'], ['just under thirteen'], ['upwards of fifteen'],
    ['an estimated half a dozen'], ['at least a hundred'], ['as many as 300'], ['a maximum of two-hundred'],
  ])('%s passes the hint of each form that matches it', (text) => {
    for (const form of hinted) if (patternMatches(form.pattern, text)) expect((form.hint as RegExp).test(text), form.rule).toBe(true);
  });

  it.each([['The rebels withdrew at dawn.'], ['Government troops entered the town.']])('%s: no number form is scanned', (text) => {
    for (const form of hinted) expect(form.hint?.test(text)).toBe(false);
  });
});
