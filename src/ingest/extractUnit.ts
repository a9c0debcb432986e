import { open } from 'node:fs/promises';
import { isAnnalsError } from '../model/index.js';
import type { Config, ExtractResult } from '../pipeline.js';
import { MAX_PAGE_CHARS } from './_pageParser.js';
import { pageExport } from './_pageXml.js';
import { gatherUnit } from './gatherUnit.js';
import { pagesOf } from './pagesOf.js';
import { describeUnit, type Page, type PageRef, type SpooledUnit, type UnitResult, type WorkUnit } from './workUnit.js';

/**
 * Runs the pipeline over one unit: a file whole, a dump page by page, a page a first pass set aside
 * (`spooled`); a first pass itself (`gather`) is `gatherUnit`'s. Skipped pages are passed on;
 * a page that fails costs one `error` line naming the file and page, and the unit goes on. Only a
 * dump that breaks part-way (bad bzip2 or XML) ends its unit early, with an error line. Articles are
 * named by the unit's `source` when it has one (a root named by its absolute path).
 * @example for await (const r of extractUnit({ kind: 'file', path: 'fixtures/articles/Bombardment_of_Gao.txt' })) if ('extraction' in r) console.log(r.extraction.events.length) // 4
 */
export async function* extractUnit(unit: WorkUnit, config?: Config): AsyncGenerator<UnitResult> {
  // a first pass reads pages, and runs no pipeline
  if (unit.kind === 'gather') return yield* gatherUnit(unit);
  // Imported here, not at the top: the main thread of `annals ingest` imports this module but runs
  // no pipeline, and the NLP models and parsers would cost it ~35 MB (more as its heap grows).
  const pipeline = await import('../pipeline.js');
  try {
    if (unit.kind === 'file') {
      yield* renamed(results(pipeline, await pipeline.extractFile(unit.path, config ?? pipeline.defaultConfig)), unit);
      return;
    }
    if (unit.kind === 'spooled') {
      yield* await extractPage(pipeline, unit.path, await spooledPage(unit), config ?? pipeline.defaultConfig);
      return;
    }
    for await (const page of pagesOf(unit)) {
      // a page too large to be an article is a problem to report, not a page to count and pass over
      if ('skipped' in page && page.reason === 'too large') yield { error: `${unit.path}#${page.title}: page text over ${MAX_PAGE_CHARS / (1024 * 1024)} Mi characters, not read` };
      else if ('skipped' in page) yield page;
      else yield* renamed(await extractPage(pipeline, unit.path, page, config ?? pipeline.defaultConfig), unit);
    }
  } catch (error) {
    yield { error: problem(describeUnit(unit), error) };
  }
}

type Pipeline = typeof import('../pipeline.js');

// The page the first pass set aside, read back from its spool file.
async function spooledPage(unit: SpooledUnit): Promise<Page> {
  const handle = await open(unit.spool, 'r');
  try {
    const bytes = Buffer.alloc(unit.length);
    await handle.read(bytes, 0, unit.length, unit.offset);
    return JSON.parse(bytes.toString('utf8')) as Page;
  } finally {
    await handle.close();
  }
}

async function extractPage(pipeline: Pipeline, path: string, page: Page, config: Config): Promise<UnitResult[]> {
  const ref: PageRef = { title: page.title, pageId: page.pageId, revisionId: page.revisionId, timestamp: page.timestamp };
  try {
    return results(pipeline, await pipeline.extractBytes(pageExport(page), path, config), ref);
  } catch (error) {
    return [{ error: problem(`${path}#${page.title}`, error) }];
  }
}

function results(pipeline: Pipeline, extracted: ExtractResult, page?: PageRef): UnitResult[] {
  const out: UnitResult[] = extracted.articles.map((article) => ({ extraction: pipeline.toExtraction(article), ...(page ? { page } : {}) }));
  return [...out, ...extracted.problems.map((p) => ({ error: p.message }))];
}

// The store keys an article by the unit's `source` when it has one ("corpus/Gao.txt", "dumps/x.xml.bz2#Gao"),
// not by the path this machine read it from; problems keep the path, for the person who named it.
function renamed(out: UnitResult[], unit: WorkUnit): UnitResult[] {
  const { source } = unit;
  if (source === undefined) return out;
  const name = (read: string): string => (read.startsWith(unit.path) ? source + read.slice(unit.path.length) : read);
  return out.map((r) => ('extraction' in r ? { ...r, extraction: { ...r.extraction, source: name(r.extraction.source) } } : r));
}

// AnnalsError messages already start with the input they name; anything else is a fault of ours.
function problem(where: string, error: unknown): string {
  if (isAnnalsError(error)) return error.message;
  return `${where}: internal error: ${error instanceof Error ? error.message : String(error)}`;
}
