import { appendFileSync, createReadStream, existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Store, WikiRedirect } from '../store/index.js';
import { peek } from './_peek.js';
import { runPool, type PoolOptions } from './runPool.js';
import type { GatherUnit, SpooledUnit, UnitResult, WorkUnit } from './workUnit.js';
import { workUnits } from './workUnits.js';

/** What the first pass leaves the second: file units and the conflict pages set aside, in order. */
export interface FirstPass {
  later: AsyncIterable<WorkUnit>;
  /** Dumps and streams read. */
  units: number;
  /** Conflict pages set aside (units of the second pass that are no units of the input). */
  spooled: number;
}

/** Redirects sent to the store at a time, once every page of the pass is in. */
const REDIRECT_BATCH = 5000;

/**
 * Pass 1 of an ingest: every dump and stream read once, on the pool's threads (`gatherUnit`): its
 * article pages' coordinates into the store's wiki layer (what an earlier gathering of the same dump
 * gave is replaced), its redirects kept in `spoolDir` until every page is in (then only those to pages
 * the layer holds are stored), its conflict pages set aside in spool files; files only listed. The
 * second pass extracts files and pages with the whole layer loaded, so a village's page placed
 * anywhere in the dump places the wikilinks to it. Skipped pages and problems go to `onResult`.
 * @example const first = await firstPass(['enwiki.xml.bz2'], store, spoolDir, { threads: 1, onResult })
 */
export async function firstPass(paths: readonly string[], store: Store, spoolDir: string, options: Omit<PoolOptions, 'wikiLayer'>): Promise<FirstPass> {
  const files = join(spoolDir, 'files.jsonl');
  const redirects = join(spoolDir, 'redirects.jsonl');
  const spooled: (SpooledUnit & { source?: string })[] = [];
  const started = new Set<string>();
  const dumps = async function* (): AsyncGenerator<GatherUnit> {
    for await (const unit of workUnits(paths)) {
      if (unit.kind === 'file') {
        appendFileSync(files, `${JSON.stringify(unit)}\n`);
        continue;
      }
      if (unit.kind !== 'dump' && unit.kind !== 'dump-stream') continue;
      if (!started.has(unit.path)) {
        started.add(unit.path);
        const info = await stat(unit.path).catch(() => null);
        await store.startWikiSource({ source: unit.source ?? unit.path, size: info?.size ?? 0, mtimeMs: Math.round(info?.mtimeMs ?? 0) });
      }
      yield { kind: 'gather', path: unit.path, unit, spoolDir };
    }
  };
  const onResult = async (result: UnitResult, unit: WorkUnit): Promise<void> => {
    // a page set aside keeps its dump's name in the store ("dumps/x.xml.bz2#Gao", never an absolute path)
    const source = unit.kind === 'gather' ? unit.unit.source : undefined;
    if ('spooled' in result) spooled.push(source === undefined ? result.spooled : { ...result.spooled, source });
    else if ('wiki' in result) {
      const dump = source ?? unit.path;
      for (const r of result.wiki.redirects) appendFileSync(redirects, `${JSON.stringify([dump, r.title, r.target])}\n`);
      await store.saveWikiFinds(dump, { ...result.wiki, redirects: [] });
    } else await options.onResult(result, unit);
  };
  // no thread is started for an ingest of files alone
  const units = await peek(dumps());
  const pool = units ? await runPool(units, { ...options, onResult }) : { units: 0 };
  await saveRedirects(redirects, store);
  return { later: later(files, spooled), units: pool.units, spooled: spooled.length };
}

async function* later(files: string, spooled: readonly (SpooledUnit & { source?: string })[]): AsyncGenerator<WorkUnit> {
  for await (const line of lines(files)) yield JSON.parse(line) as WorkUnit;
  yield* spooled;
}

async function* lines(path: string): AsyncGenerator<string> {
  if (!existsSync(path)) return;
  for await (const line of createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity })) if (line !== '') yield line;
}

// Redirects in batches of one dump each, now that every page they may lead to is in the store.
async function saveRedirects(path: string, store: Store): Promise<void> {
  let batch: WikiRedirect[] = [];
  let source = '';
  const flush = async (): Promise<void> => {
    if (batch.length > 0) await store.saveWikiFinds(source, { pages: 0, places: [], redirects: batch });
    batch = [];
  };
  for await (const line of lines(path)) {
    const [from = '', title = '', target = ''] = JSON.parse(line) as string[];
    if (from !== source || batch.length >= REDIRECT_BATCH) await flush();
    source = from;
    batch.push({ title, target });
  }
  await flush();
}
