import { assemble, type AssembledArticle } from '../../src/assemble/index.js';
import { readPlainText } from '../../src/read/index.js';
import { recognise } from '../../src/recognise/index.js';
import { referenceDate } from '../../src/recognise/dates/index.js';
import { gazetteerLexicon, resolve, type ResolvedArticle } from '../../src/resolve/index.js';
import { segment } from '../../src/segment/index.js';
import { testConfig } from './config.js';

/** Runs every stage over a small article in the seed's layout built from `body` (and an optional infobox). */
export function assembleText(body: string, infobox: Record<string, string> = {}, title = 'Test article'): AssembledArticle {
  return assemble(resolvedText(body, infobox, title));
}

/** Runs the stages before assemble over a small article in the seed's layout. */
export function resolvedText(body: string, infobox: Record<string, string> = {}, title = 'Test article'): ResolvedArticle {
  const box = Object.entries(infobox).map(([k, v]) => `- ${k}: ${v}`).join('\n');
  const text = `= ${title} =\n\n${box ? `Infobox\n${box}\n\n` : ''}${body}\n`;
  const config = testConfig();
  const gazetteer = config.gazetteer();
  const lexicon = gazetteerLexicon(gazetteer);
  const segmented = segment(readPlainText(text, 'test.txt'));
  return resolve(recognise(segmented, config.recognisers(lexicon), referenceDate(segmented)), gazetteer, lexicon);
}
