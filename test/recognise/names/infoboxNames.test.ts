import { describe, expect, it } from 'vitest';
import { nameRecognisers, recognise } from '../../../src/recognise/index.js';
import { readPlainText } from '../../../src/read/index.js';
import { segment } from '../../../src/segment/index.js';
import { countryOnlyLexicon } from '../../helpers/countryLexicon.js';

const lexicon = countryOnlyLexicon();

function infoboxNames(key: string, value: string): string[] {
  const article = recognise(segment(readPlainText(`= Test article =\n\nInfobox\n- ${key}: ${value}\n\nThe battle began.\n`, 'test.txt')), nameRecognisers(lexicon), null);
  return article.mentions.filter((m) => m.sentence === null && m.rule === 'names:infobox').map((m) => article.text.slice(m.span.start, m.span.end));
}

// Infobox items of the corpus's Battle of Volnovakha and Siege of Base 46 (SOURCES.tsv).
describe('infobox items as names', () => {
  it('reads a numbered formation as a name', () => {
    expect(infoboxNames('Units2', '15th Mountain Assault Battalion · Georgian Legion · 503rd Naval Infantry Battalion')).toEqual(['15th Mountain Assault Battalion', 'Georgian Legion', '503rd Naval Infantry Battalion']);
  });

  it('reads no figure as a name', () => {
    expect(infoboxNames('Casualties1', '50 KIA · 2 Tanks')).toEqual([]);
  });
});
