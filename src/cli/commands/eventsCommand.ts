import { isAnnalsError } from '../../model/index.js';
import { type BoundingBox, type EventFilter, type EventRecord } from '../../store/index.js';
import { openStoreOrReport } from './_openStore.js';
import type { CommandContext } from './registry.js';

interface EventFlags {
  db?: string;
  actor?: string;
  type?: string;
  country?: string;
  from?: string;
  to?: string;
  bbox?: string;
  q?: string;
  limit?: number;
  json?: boolean;
}

/**
 * `annals events [filters] [--json]`: events from the store, one per line; `--json` prints each as the
 * JSON contract's event with its actors and place expanded, its article and its evidence words.
 */
export function registerEvents({ program, setStatus }: CommandContext): void {
  program
    .command('events')
    .description('list stored events, filtered; --json prints one event per line with actors, place, article and evidence expanded')
    .option('--db <db>', 'a PGlite data folder or a postgres:// URL (default: $ANNALS_DB, else .annals/)')
    .option('--actor <name>', 'an actor by name or alias')
    .option('--type <type>', 'an ACLED event type or sub-event type')
    .option('--country <country>', 'ISO alpha-2 code or country name of the place')
    .option('--from <date>', 'events overlapping this ISO date or later')
    .option('--to <date>', 'events overlapping this ISO date or earlier')
    .option('--bbox <w,s,e,n>', 'a bounding box in degrees')
    .option('--q <text>', 'full-text search over notes and evidence')
    .option('--limit <n>', 'at most this many events', Number)
    .option('--json', 'one JSON document per event per line')
    .action(async (flags: EventFlags) => {
      setStatus(await runEvents(flags));
    });
}

/** The filter the flags describe; a malformed box is a usage error naming the flag. */
export function filterOf(flags: Omit<EventFlags, 'db' | 'json'>): EventFilter {
  const filter: EventFilter = {};
  for (const key of ['actor', 'type', 'country', 'from', 'to', 'q'] as const) {
    const value = flags[key];
    if (value !== undefined) filter[key] = value;
  }
  if (flags.limit !== undefined) filter.limit = flags.limit;
  if (flags.bbox !== undefined) {
    const box = flags.bbox.split(',').map(Number);
    if (box.length !== 4 || box.some((n) => !Number.isFinite(n))) throw new Error(`--bbox ${flags.bbox}: expected four numbers west,south,east,north`);
    filter.bbox = box as unknown as BoundingBox;
  }
  return filter;
}

async function runEvents(flags: EventFlags): Promise<number> {
  let filter: EventFilter;
  try {
    filter = filterOf(flags);
  } catch (error) {
    process.stderr.write(`annals: ${(error as Error).message}\n`);
    return 2;
  }
  const store = await openStoreOrReport(flags.db);
  if (!store) return 1;
  try {
    let n = 0;
    for await (const event of store.events(filter)) {
      n++;
      process.stdout.write(flags.json ? `${JSON.stringify(event)}\n` : `${eventLine(event)}\n`);
    }
    if (!flags.json) process.stderr.write(`annals: ${n} events from ${store.location}\n`);
    return 0;
  } catch (error) {
    if (!isAnnalsError(error)) throw error;
    process.stderr.write(`annals: ${error.message}\n`);
    return error.code === 'usage' ? 2 : 1;
  } finally {
    await store.close();
  }
}

// "2013-01-13  Air/drone strike  France → MOJWA  @ Gao (ML)  deaths 60  — Bombardment of Gao"
function eventLine(e: EventRecord): string {
  const date = e.date ? (e.date.start === e.date.end ? e.date.start : `${e.date.start}..${e.date.end}`) : '????-??-??';
  const place = e.location ? `${e.location.name}${e.location.country ? ` (${e.location.country})` : ''}` : '?';
  const deaths = e.fatalities.best ?? e.fatalities.low;
  return `${date}  ${e.sub_event_type}  ${e.actor1?.name ?? '?'} → ${e.actor2?.name ?? '?'}  @ ${place}${deaths === null ? '' : `  deaths ${deaths}`}  — ${e.article.title}`;
}
