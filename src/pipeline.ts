import { readFile, stat } from 'node:fs/promises';
import { AnnalsError, isCalendarDay, type Extraction, type NameLexicon } from './model/index.js';
// The read stage's own files, not its index: that re-exports every reader, and with them
// wtf_wikipedia and the Markdown parser, which a plain-text article never needs.
import { MAX_ARTICLE_BYTES } from './read/_decode.js';
import { readArticles } from './read/readArticles.js';
import type { Reader } from './read/reader.js';
import { defaultReaders } from './read/readers.js';
import { dateRecognisers, publicationDate, referenceDate } from './recognise/dates/index.js';
import { nameRecognisers, recognise, type Recogniser } from './recognise/index.js';
import { quantityRecognisers } from './recognise/quantities/index.js';
import { gazetteerLexicon, openGazetteer, resolve, type Gazetteer } from './resolve/index.js';
import { segment } from './segment/index.js';
import { assemble, type AssembledArticle } from './assemble/index.js';
import { checkInfobox } from './check/index.js';
import type { Check } from './model/index.js';

/** An article with everything the pipeline makes of it. */
export type ExtractedArticle = AssembledArticle & { checks: Check[] };

/** The extension point: ordered lists of stage parts. A plugin is a plain `(config) => config`. */
export interface Config {
  readers: readonly Reader[];
  /** The recognisers, in priority order, given the lexicon the gazetteer answers. */
  recognisers: (lexicon: NameLexicon) => readonly Recogniser[];
  /** The offline gazetteer; opened once per process and shared. */
  gazetteer: () => Gazetteer;
  /**
   * The day every text was published, `YYYY-MM-DD` (`--date`): the anchor of "yesterday", "on
   * Monday", "last week", in place of any dateline or front-matter date. Without it each text's own.
   */
  publicationDate?: string;
}

let shared: Gazetteer | null = null;

// The base layer takes a moment to load: every article of a run shares one.
function sharedGazetteer(): Gazetteer {
  shared ??= openGazetteer();
  return shared;
}

const lexicons = new WeakMap<Gazetteer, NameLexicon>();
function lexiconOf(gazetteer: Gazetteer): NameLexicon {
  let lexicon = lexicons.get(gazetteer);
  if (!lexicon) lexicons.set(gazetteer, (lexicon = gazetteerLexicon(gazetteer)));
  return lexicon;
}

export const defaultConfig: Config = {
  readers: defaultReaders,
  recognisers: (lexicon) => [...dateRecognisers, ...quantityRecognisers, ...nameRecognisers(lexicon)],
  gazetteer: sharedGazetteer,
};

/** Milliseconds spent in each stage, added up over the articles of every call that is given it. */
export type StageTimes = Record<'read' | 'segment' | 'recognise' | 'resolve' | 'assemble' | 'check', number>;

/** A fresh tally for `extractBytes`'s `times`. */
export function emptyStageTimes(): StageTimes {
  return { read: 0, segment: 0, recognise: 0, resolve: 0, assemble: 0, check: 0 };
}

export interface ExtractResult {
  articles: ExtractedArticle[];
  /** Pages of an export that could not be read; the others still are. */
  problems: AnnalsError[];
}

/**
 * Runs every stage, in order, over one input's bytes. This is the only place that knows the order.
 * `times`, when given, gets each stage's milliseconds added to it (`npm run bench`'s breakdown).
 * @example const { articles } = await extractBytes(readFileSync('Bombardment_of_Gao.txt'), 'Bombardment_of_Gao.txt')
 */
export async function extractBytes(bytes: Uint8Array, source: string, config: Config = defaultConfig, times?: StageTimes): Promise<ExtractResult> {
  const given = config.publicationDate;
  if (given !== undefined && !isCalendarDay(given)) throw new AnnalsError('usage', `publication date ${JSON.stringify(given)}`, 'not a calendar day as YYYY-MM-DD');
  const clock = stageClock(times);
  const read = await readArticles(bytes, source, config.readers);
  clock('read');
  const gazetteer = config.gazetteer();
  const lexicon = lexiconOf(gazetteer);
  const recognisers = config.recognisers(lexicon);
  // the gazetteer opens once per process: a cost of its own, not of the first article's resolve
  clock(null);
  const articles = read.articles.map((article) => {
    const segmented = segment(article);
    clock('segment');
    const published = publicationDate(segmented, given ?? null);
    const recognised = recognise(segmented, recognisers, referenceDate(segmented), published);
    clock('recognise');
    const resolved = resolve(recognised, gazetteer, lexicon);
    clock('resolve');
    const assembled = assemble(resolved);
    clock('assemble');
    // the publisher's front-matter date and place are no infobox an editor wrote: nothing to check
    const checks = assembled.infobox && assembled.infobox.kind !== 'front matter' ? checkInfobox(assembled) : [];
    clock('check');
    return { ...assembled, checks };
  });
  return { articles, problems: read.problems };
}

// Charges the time since its last call to a stage (null: to none); does nothing without a tally.
function stageClock(times: StageTimes | undefined): (stage: keyof StageTimes | null) => void {
  if (!times) return () => undefined;
  let last = performance.now();
  return (stage) => {
    const now = performance.now();
    if (stage) times[stage] += now - last;
    last = now;
  };
}

/** `extractBytes` over a file, refusing missing, unreadable and oversized files with one clear error. */
export async function extractFile(path: string, config: Config = defaultConfig): Promise<ExtractResult> {
  const info = await stat(path).catch((cause: NodeJS.ErrnoException) => {
    throw new AnnalsError(cause.code === 'ENOENT' ? 'not_found' : 'unreadable', path, cause.code === 'ENOENT' ? 'no such file' : cause.message, { cause });
  });
  if (!info.isFile()) throw new AnnalsError('unreadable', path, 'not a regular file');
  if (info.size > MAX_ARTICLE_BYTES) {
    throw new AnnalsError('too_large', path, `${(info.size / 1024 / 1024).toFixed(1)} MiB is over the ${MAX_ARTICLE_BYTES / 1024 / 1024} MiB an article may have`);
  }
  const bytes = await readFile(path).catch((cause: Error) => {
    throw new AnnalsError('unreadable', path, cause.message, { cause });
  });
  return extractBytes(bytes, path, config);
}

/**
 * An article as `annals extract --json` prints it (DESIGN.md, "The JSON contract").
 * @example JSON.stringify(toExtraction(article))
 */
export function toExtraction(article: ExtractedArticle): Extraction {
  return {
    id: article.id,
    title: article.title,
    format: article.format,
    source: article.source,
    text: article.text,
    infobox: article.infobox,
    sections: article.sections.map(({ title, level, span }) => ({ title, level, span })),
    sentences: article.sentences.map(({ span }) => ({ span })),
    mentions: article.mentions,
    entities: article.entities,
    events: article.events,
    movements: article.movements,
    checks: article.checks,
  };
}
