import { describe, expect, it } from 'vitest';
import { recognise } from '../../../src/recognise/index.js';
import { quantityRecognisers } from '../../../src/recognise/quantities/index.js';
import { loadArticle } from './_articles.js';

describe('quantityRecognisers in the recognise stage', () => {
  it('names one recogniser per form', () => {
    expect(quantityRecognisers.map((r) => r.name)).toEqual([
      'quantity:range', 'quantity:qualified', 'quantity:plus', 'quantity:vague', 'quantity:several', 'quantity:none', 'quantity:number',
    ]);
  });

  it("reads the seed's quantities, each once, in text order", async () => {
    const article = recognise(await loadArticle('Bombardment_of_Gao'), quantityRecognisers, null);
    const words = article.mentions.filter((m) => m.kind === 'quantity').map((m) => article.text.slice(m.span.start, m.span.end));
    expect(words).toEqual([
      '4 Rafale fighter jets', '60+ killed', 'four Rafale fighter jets', 'Two of the aircraft', 'three times',
      'Around six hours', 'several areas', 'forty minutes', 'twelve laser-guided bombs', 'nine air-to-surface missiles', 'around two hours',
      'more than sixty jihadists', 'sixty dead', 'no civilian casualties',
    ]);
  });
});
