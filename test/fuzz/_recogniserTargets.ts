import fc from 'fast-check';
import { isAnnalsError, type Article, type SegmentedArticle } from '../../src/model/index.js';
import { MentionSchema } from '../../src/model/schemas.js';
import { readPlainText } from '../../src/read/index.js';
import { dateRecognisers, publicationDate, referenceDate } from '../../src/recognise/dates/index.js';
import { nameRecognisers, recognise, type MentionDraft, type RecogniseContext, type Recogniser } from '../../src/recognise/index.js';
import { quantityRecognisers } from '../../src/recognise/quantities/index.js';
import { gazetteerLexicon } from '../../src/resolve/index.js';
import { testConfig } from '../helpers/config.js';
import { countryOnlyLexicon } from '../helpers/countryLexicon.js';
import { bodyText, wordSoup } from './_inputs.js';
import { mutated } from './_mutate.js';
import { SEEDS } from './_seeds.js';
import { MAX_REPEAT_RECOGNISED } from './_settings.js';

/**
 * Every recogniser of the default configuration, in its order: dates, quantities, names (with the
 * real gazetteer's lexicon, or the countries alone, which spares loading 200,000 places).
 */
export function allRecognisers(lexicon: 'gazetteer' | 'countries' = 'gazetteer'): readonly Recogniser[] {
  const names = lexicon === 'gazetteer' ? gazetteerLexicon(testConfig().gazetteer()) : countryOnlyLexicon();
  return [...dateRecognisers, ...quantityRecognisers, ...nameRecognisers(names)];
}

const line = (text: string): string => text.replace(/\n+/g, ' ');
const FRONT_MATTER = /^---\n[\s\S]*?\n---\n/;

// The segmenter's time is quadratic in a token's length (see knownSlow.test.ts): the recognisers'
// inputs get a space after every 2,000 characters without one, long runs otherwise as generated.
const breakLongTokens = (text: string): string => text.replace(/\S{2000}(?=\S)/g, '$& ');

/**
 * Articles in the seed's layout for the recognisers: infobox values and paragraphs of generated
 * words or runs, the seed article edited, or the corpus's Markdown prose edited.
 */
export const recogniserInput: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(wordSoup(20), wordSoup(20), wordSoup(20), bodyText(MAX_REPEAT_RECOGNISED)).map(([date, place, casualties, body]) => `= Fuzz article =\n\nInfobox\n- Date: ${line(date)}\n- Place: ${line(place)}\n- Casualties2: ${line(casualties)}\n\n${body}\n`) },
  { weight: 2, arbitrary: mutated(SEEDS.plain, MAX_REPEAT_RECOGNISED / 4) },
  { weight: 2, arbitrary: mutated(SEEDS.markdown.map((md) => md.replace(FRONT_MATTER, '')), MAX_REPEAT_RECOGNISED / 4).map((body) => `= Fuzz article =\n\n${body}\n`) },
).map(breakLongTokens);

/** The input read by the plain reader, with a new title line in front where edits broke its own. */
export function plainArticle(text: string): Article {
  try {
    return readPlainText(text, 'fuzz.txt');
  } catch (error) {
    if (!isAnnalsError(error)) throw error;
    return readPlainText(`= Fuzz article =\n\n${text}`, 'fuzz.txt');
  }
}

/** What the recognisers did on one article: CPU time per recogniser, and the first fault found. */
export interface RecogniserRun {
  ms: Map<string, number>;
  fault: string | null;
}

/**
 * Runs the recognisers through the recognise stage itself, each recogniser wrapped so that its CPU
 * time is added up per input and its mentions are checked as it returns them: spans inside the
 * words it was given (so inside the article's text), valid mentions. A throw is a fault.
 */
export function runRecognisers(article: SegmentedArticle, recognisers: readonly Recogniser[]): RecogniserRun {
  const run: RecogniserRun = { ms: new Map(), fault: null };
  const wrapped = recognisers.map((r): Recogniser => ({ name: r.name, recognise: (context) => timedCall(r, context, run) }));
  const start = process.cpuUsage();
  const reference = referenceDate(article);
  run.ms.set('referenceDate', cpuMs(start));
  // a day of publication for every input, so that the news words' recognisers ("yesterday", "on Monday") run too
  const { mentions } = recognise(article, wrapped, reference, publicationDate(article, '2024-03-12'));
  for (const mention of mentions) {
    const parsed = MentionSchema.safeParse(mention);
    if (!parsed.success) run.fault ??= `${mention.rule} made an invalid mention ${JSON.stringify(mention)}: ${parsed.error.message}`;
  }
  return run;
}

function timedCall(recogniser: Recogniser, context: RecogniseContext, run: RecogniserRun): MentionDraft[] {
  const start = process.cpuUsage();
  let found: MentionDraft[] = [];
  try {
    found = recogniser.recognise(context);
  } catch (error) {
    run.fault ??= `${recogniser.name} threw on ${JSON.stringify(context.text.slice(0, 200))}: ${error instanceof Error ? error.stack : String(error)}`;
  }
  run.ms.set(recogniser.name, (run.ms.get(recogniser.name) ?? 0) + cpuMs(start));
  const end = context.offset + context.text.length;
  for (const draft of found) {
    const { start: s, end: e } = draft.span;
    if (!(Number.isInteger(s) && Number.isInteger(e) && context.offset <= s && s <= e && e <= end)) {
      run.fault ??= `${recogniser.name} gave span ${s}–${e} outside the words it was given (${context.offset}–${end}): ${JSON.stringify(context.text.slice(0, 200))}`;
    }
  }
  return found;
}

function cpuMs(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}
