import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractUnit, runPool, workUnits, type UnitResult, type WorkUnit } from '../../src/ingest/index.js';
import type { Extraction } from '../../src/model/index.js';
import { testConfig } from '../helpers/config.js';
import { ARTICLE_FIXTURES, FIXTURES } from '../helpers/fixtures.js';
import { collect, ENWIKI_3 } from './helpers/dumps.js';

// Workers load the test pipeline (no user gazetteer layer); from sources they run the TypeScript through _tsHooks.mjs.
const configModule = new URL('./helpers/poolConfig.ts', import.meta.url);
const dir = mkdtempSync(join(tmpdir(), 'annals-pool-'));
const seed = join(ARTICLE_FIXTURES, 'Bombardment_of_Gao.txt');
const bySource = (a: Extraction, b: Extraction): number => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0);

async function pooled(units: AsyncIterable<WorkUnit> | WorkUnit[], threads = 2) {
  const results: { result: UnitResult; unit: WorkUnit }[] = [];
  const done: WorkUnit[] = [];
  const summary = await runPool(units, { threads, configModule, onResult: (result, unit) => void results.push({ result, unit }), onUnitDone: (u) => void done.push(u) });
  return { results, done, summary };
}

describe('runPool', () => {
  it('gives the extractions of a sequential loop over fixtures/articles', { timeout: 180_000 }, async () => {
    const sequential: Extraction[] = [];
    for await (const unit of workUnits([ARTICLE_FIXTURES])) {
      for await (const result of extractUnit(unit, testConfig())) if ('extraction' in result) sequential.push(result.extraction);
    }
    const { results, done, summary } = await pooled(workUnits([ARTICLE_FIXTURES]));
    expect(results.filter((r) => 'error' in r.result)).toEqual([]);
    const parallel = results.flatMap((r) => ('extraction' in r.result ? [r.result.extraction] : []));
    expect(parallel.sort(bySource)).toEqual(sequential.sort(bySource));
    const files = await collect(workUnits([ARTICLE_FIXTURES]));
    expect(summary).toEqual({ units: files.length, results: files.length, workerFailures: 0 });
    expect(new Set(done.map((u) => u.path))).toEqual(new Set(files.map((u) => u.path)));
  });

  it('survives a worker that dies: one error for its unit, a new worker for the rest', { timeout: 180_000 }, async () => {
    const doomed = join(dir, 'stop-the-worker.txt');
    copyFileSync(seed, doomed);
    const units: WorkUnit[] = [doomed, seed, join(ARTICLE_FIXTURES, 'Battle_of_Boulikessi.txt'), doomed, join(ARTICLE_FIXTURES, 'Attack_on_Nova_Kakhovka.txt')].map((path) => ({ kind: 'file', path }));
    const { results, done, summary } = await pooled(units);
    const errors = results.flatMap((r) => ('error' in r.result ? [r.result.error] : []));
    expect(errors).toEqual([`${doomed}: worker stopped (exit code 3); the rest of this unit was not read`, `${doomed}: worker stopped (exit code 3); the rest of this unit was not read`]);
    expect(results.flatMap((r) => ('extraction' in r.result ? [r.result.extraction.title] : [])).sort()).toEqual(['Attack on Nova Kakhovka', 'Battle of Boulikessi', 'Bombardment of Gao']);
    expect(summary).toEqual({ units: 5, results: 3, workerFailures: 2 });
    expect(done).toHaveLength(3);
  });

  it('passes on the error line of a page that throws, and the unit goes on', { timeout: 180_000 }, async () => {
    const faulty = join(dir, 'throw-in-the-reader.txt');
    copyFileSync(seed, faulty);
    const { results, summary } = await pooled([{ kind: 'file', path: faulty }, { kind: 'dump', path: ENWIKI_3 }], 1);
    expect(results.map((r) => r.result)).toEqual([
      { error: `${faulty}: internal error: a reader fault` },
      { skipped: true, title: 'AccessibleComputing', reason: 'redirect' },
      { skipped: true, title: 'Computer accessibility', reason: 'no conflict infobox' },
      { skipped: true, title: 'Accessibility', reason: 'no conflict infobox' },
    ]);
    expect(summary).toEqual({ units: 2, results: 4, workerFailures: 0 });
  });

  it('calls back one result at a time, holding the workers back while a callback is busy', { timeout: 180_000 }, async () => {
    let busy = 0;
    let overlapped = false;
    const units: WorkUnit[] = [{ kind: 'dump', path: ENWIKI_3 }, { kind: 'dump', path: ENWIKI_3 }, { kind: 'dump', path: ENWIKI_3 }];
    const summary = await runPool(units, {
      threads: 2,
      configModule,
      onResult: async () => {
        overlapped ||= busy > 0;
        busy++;
        await new Promise((resolve) => setTimeout(resolve, 5));
        busy--;
      },
    });
    expect(overlapped).toBe(false);
    expect(summary).toEqual({ units: 3, results: 9, workerFailures: 0 });
  });

  it('fails with one clear error when workers cannot start', async () => {
    const missing = new URL('./helpers/no-such-config.ts', import.meta.url);
    await expect(runPool([{ kind: 'file', path: seed }], { threads: 1, configModule: missing, onResult: () => undefined })).rejects.toThrow(/a worker thread could not start/);
  });

  it("sets the day of publication (--date) on every worker's pipeline", { timeout: 180_000 }, async () => {
    const undated: WorkUnit = { kind: 'file', path: join(FIXTURES, 'news', 'kharkiv-school-strike-undated.md') };
    const dates = async (publicationDate?: string) => {
      const results: UnitResult[] = [];
      await runPool([undated], { threads: 1, configModule, ...(publicationDate ? { publicationDate } : {}), onResult: (result) => void results.push(result) });
      return results.flatMap((r) => ('extraction' in r ? r.extraction.events.map((e) => e.date?.start ?? null) : []));
    };
    expect(await dates('2024-03-12')).toEqual(['2024-03-11', '2024-03-10']);
    expect(await dates()).toEqual([null, null]);
  });

  it('finishes at once when there is nothing to do', async () => {
    expect(await runPool([], { threads: 2, configModule, onResult: () => undefined })).toEqual({ units: 0, results: 0, workerFailures: 0 });
  });
});
