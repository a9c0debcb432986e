import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runPool } from '../../src/ingest/index.js';
import type { Extraction } from '../../src/model/index.js';
import { extractFile, toExtraction } from '../../src/pipeline.js';
import { testConfig } from '../helpers/config.js';
import { firstDifference, recordHash } from './_records.js';

// Issue 17, "same bytes, same records": an article's records depend only on its own bytes, the
// gazetteer and the options. The whole corpus (fixtures/corpus/README.md) is extracted four ways —
// forwards and backwards in this process, so the second run follows everything the first left behind,
// and on 1 and 2 pool threads, each starting from a fresh module state and the two-thread run
// splitting the articles by timing — and every article's records are hashed and compared. Each run
// takes 10–16 s (~55 s in all on 2 cores); the pool runs are the ingest path itself, and a state
// carried over shows only with the right article before the right one, so none is cut short.
const CORPUS = 'fixtures/corpus';
const paths = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort().map((f) => join(CORPUS, f));
// The test pipeline in the threads too: no user gazetteer layer from this machine in either.
const configModule = new URL('../ingest/helpers/poolConfig.ts', import.meta.url);

/** A run's records by source: the hash, and the records themselves to say what differs. */
type Run = Map<string, { hash: string; extraction: Extraction }>;

function note(run: Run, extraction: Extraction): void {
  run.set(extraction.source, { hash: recordHash(extraction), extraction });
}

async function inProcess(order: readonly string[]): Promise<Run> {
  const run: Run = new Map();
  for (const path of order) for (const article of (await extractFile(path, testConfig())).articles) note(run, toExtraction(article));
  return run;
}

async function pooled(threads: number): Promise<Run> {
  const run: Run = new Map();
  const errors: string[] = [];
  await runPool(
    paths.map((path) => ({ kind: 'file' as const, path })),
    { threads, configModule, onResult: (result) => void ('extraction' in result ? note(run, result.extraction) : 'error' in result && errors.push(result.error)) },
  );
  expect(errors).toEqual([]);
  return run;
}

/** The first article, in corpus order, whose records differ between two runs, and the first field that does; null when none. */
function firstArticleDiffering(expected: Run, actual: Run, names: [string, string]): string | null {
  for (const path of paths) {
    const a = expected.get(path);
    const b = actual.get(path);
    if (!a || !b) return `${path}: extracted ${a ? 'only' : 'not'} ${names[0]}, ${b ? 'only' : 'not'} ${names[1]}`;
    if (a.hash !== b.hash) return `${path}: ${names[0]} ≠ ${names[1]} at ${firstDifference(a.extraction, b.extraction)}`;
  }
  return null;
}

let forwards: Run;

beforeAll(async () => {
  forwards = await inProcess(paths);
}, 300_000);

describe('the corpus gives the same records whatever came before each article', () => {
  it('reads every article', () => {
    expect(forwards.size).toBe(paths.length);
  });

  it('backwards in the same process', { timeout: 300_000 }, async () => {
    expect(firstArticleDiffering(forwards, await inProcess([...paths].reverse()), ['forwards', 'backwards'])).toBeNull();
  });

  it('on one pool thread', { timeout: 300_000 }, async () => {
    expect(firstArticleDiffering(forwards, await pooled(1), ['in process', 'one thread'])).toBeNull();
  });

  it('on two pool threads', { timeout: 300_000 }, async () => {
    expect(firstArticleDiffering(forwards, await pooled(2), ['in process', 'two threads'])).toBeNull();
  });
});
