import { appendFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { isAnnalsError } from '../model/index.js';
import { pageCoordinates } from '../read/pageCoordinates.js';
import type { WikiFinds } from '../store/index.js';
import { MAX_PAGE_CHARS, type RawPage } from './_pageParser.js';
import { pagesOf } from './pagesOf.js';
import { describeUnit, type GatherUnit, type SpooledUnit, type UnitResult } from './workUnit.js';

/** Places and redirects sent to the store at a time. */
const FINDS_BATCH = 2000;

// Coordinates of what no wikilink places an event at: a country's or a region's middle, a river's.
const NOT_SITES = new Set(['country', 'state', 'adm1st', 'adm2nd', 'continent', 'ocean', 'sea', 'river', 'waterbody', 'glacier']);

const emptyFinds = (): WikiFinds => ({ pages: 0, places: [], redirects: [] });

// An article page's own point, and a redirect between article pages; other namespaces give nothing.
function collect(raw: RawPage, finds: WikiFinds): void {
  if (raw.ns !== '0' || raw.title === '') return;
  if (raw.redirect) {
    if (raw.redirectTo) finds.redirects.push({ title: raw.title, target: raw.redirectTo });
    return;
  }
  finds.pages++;
  const point = raw.text === '' ? null : pageCoordinates(raw.text);
  if (point && !NOT_SITES.has(point.kind ?? '')) finds.places.push({ title: raw.title, lat: point.lat, lon: point.lon, kind: point.kind });
}

/**
 * The first pass of an ingest over a dump or stream, read once: every article page's coordinates
 * and every redirect for the wiki layer (in batches), its conflict pages appended to this thread's
 * spool file for the second pass, other pages passed on as skipped. A page's problem or a dump that
 * breaks part-way costs an error line, as in `extractUnit`.
 * @example for await (const r of gatherUnit({ kind: 'gather', path, unit: { kind: 'dump', path }, spoolDir })) if ('spooled' in r) console.log(r.spooled.title)
 */
export async function* gatherUnit(unit: GatherUnit): AsyncGenerator<UnitResult> {
  let finds = emptyFinds();
  // one spool per thread: a thread reads one unit at a time, so its appends never interleave
  const spool = join(unit.spoolDir, `pages-${process.pid}-${threadId}.jsonl`);
  try {
    for await (const page of pagesOf(unit.unit, { onPage: (raw) => collect(raw, finds) })) {
      if (finds.places.length + finds.redirects.length >= FINDS_BATCH) {
        yield { wiki: finds };
        finds = emptyFinds();
      }
      if ('skipped' in page && page.reason === 'too large') yield { error: `${unit.path}#${page.title}: page text over ${MAX_PAGE_CHARS / (1024 * 1024)} Mi characters, not read` };
      else if ('skipped' in page) yield page;
      else yield { spooled: spoolPage(spool, unit.path, page) };
    }
  } catch (error) {
    yield { error: isAnnalsError(error) ? error.message : `${describeUnit(unit)}: internal error: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (finds.pages + finds.redirects.length > 0) yield { wiki: finds };
}

function spoolPage(spool: string, path: string, page: { title: string }): SpooledUnit {
  const line = `${JSON.stringify(page)}\n`;
  const offset = statSync(spool, { throwIfNoEntry: false })?.size ?? 0;
  appendFileSync(spool, line);
  return { kind: 'spooled', path, title: page.title, spool, offset, length: Buffer.byteLength(line) };
}
