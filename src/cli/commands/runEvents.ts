import { eventUid } from '../../export/index.js';
import { isAnnalsError } from '../../model/index.js';
import type { BoundingBox, EventFilter, EventRecord, LinkedEvent, Store } from '../../store/index.js';
import type { FilterOptions } from './_filterOptions.js';
import { linkedLine } from './_linkedLine.js';
import { warnIfStale } from './_linkWarning.js';
import { apiCall, openStoreOrReport } from './_openStore.js';
import { endOut, out } from '../stdout.js';

/** The flags of `annals events` as commander hands them over: the shared filters and its own. */
export interface EventFlags extends FilterOptions {
  db?: string;
  json?: boolean;
  linked?: boolean;
  minSources?: number;
}

/** The filter the flags describe; a malformed box is a usage error naming the flag. */
export function filterOf(flags: Omit<EventFlags, 'db' | 'json' | 'linked' | 'minSources'>): EventFilter {
  const filter: EventFilter = {};
  for (const key of ['actor', 'type', 'country', 'from', 'to', 'q', 'conflict'] as const) {
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

/**
 * `annals events` once its flags are read: the events the filter selects, one per line. Returns the
 * exit status (1: the store failed, 2: a filter that cannot mean anything).
 * @example await runEvents({ actor: 'MOJWA', json: true })
 */
export async function runEvents(flags: EventFlags): Promise<number> {
  let filter: EventFilter;
  try {
    filter = filterOf(flags);
  } catch (error) {
    process.stderr.write(`annals: ${(error as Error).message}\n`);
    return 2;
  }
  const { actor, type, country, from, to, bbox, q, conflict } = flags;
  const store = await openStoreOrReport(flags.db, apiCall('/api/events', { actor, type, country, from, to, bbox, q, conflict }));
  if (!store) return 1;
  try {
    if (flags.linked || flags.conflict !== undefined) await warnIfStale(store);
    const n = flags.linked ? await printLinked(store, filter, flags) : await printEvents(store, filter, flags.json ?? false);
    await endOut();
    if (!flags.json) process.stderr.write(`annals: ${n} ${flags.linked ? 'linked ' : ''}events from ${store.location}\n`);
    return 0;
  } catch (error) {
    if (!isAnnalsError(error)) throw error;
    process.stderr.write(`annals: ${error.message}\n`);
    return error.code === 'usage' ? 2 : 1;
  } finally {
    await store.close();
  }
}

async function printEvents(store: Store, filter: EventFilter, json: boolean): Promise<number> {
  let n = 0;
  for await (const event of store.events(filter)) {
    n++;
    out(json ? `${JSON.stringify({ uid: eventUid(event), ...event })}\n` : `${eventLine(event)}\n`);
  }
  return n;
}

async function printLinked(store: Store, filter: EventFilter, flags: EventFlags): Promise<number> {
  let n = 0;
  for await (const event of store.linkedEvents({ ...filter, ...(flags.minSources === undefined ? {} : { minSources: flags.minSources }) })) {
    n++;
    out(flags.json ? `${JSON.stringify(withSourceUids(event))}\n` : `${linkedLine(event)}\n`);
  }
  return n;
}

// Each account carries its event's global id, as an event's `linked` does in the API.
function withSourceUids(event: LinkedEvent): LinkedEvent & { sources: { uid: string }[] } {
  return { ...event, sources: event.sources.map((s) => ({ uid: `${s.article.id}-${s.event_id}`, ...s })) };
}

// "2013-01-13  Air/drone strike  France → MOJWA  @ Gao (ML)  deaths 60  — Bombardment of Gao"
function eventLine(e: EventRecord): string {
  const date = e.date ? (e.date.start === e.date.end ? e.date.start : `${e.date.start}..${e.date.end}`) : '????-??-??';
  const place = e.location ? `${e.location.name}${e.location.country ? ` (${e.location.country})` : ''}` : '?';
  const deaths = e.fatalities.best ?? e.fatalities.low;
  return `${date}  ${e.sub_event_type}  ${e.actor1?.name ?? '?'} → ${e.actor2?.name ?? '?'}  @ ${place}${deaths === null ? '' : `  deaths ${deaths}`}  — ${e.article.title}`;
}
