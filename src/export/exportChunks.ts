import type { EventFilter, EventRecord, Store } from '../store/index.js';
import { ACLED_COLUMNS } from './acledColumns.js';
import { acledRow } from './acledRow.js';
import { articleFactsReader } from './articleFactsReader.js';
import { assocSidesReader } from './assocSides.js';
import { csvChunks } from './csvChunks.js';
import { eventUid } from './eventNumber.js';
import { eventFeature } from './eventFeature.js';
import type { ExportFormat } from './exportFormats.js';
import { movementFeature } from './movementFeature.js';
import { storedMovements } from './storedMovements.js';
import { UCDP_COLUMNS } from './ucdpColumns.js';
import { ucdpRow } from './ucdpRow.js';

/** How many records an export has written so far, and (ACLED) the events it left out, by why. */
export interface ExportTally {
  events: number;
  movements: number;
  /** Events left out of an ACLED export: ACLED records no event without a date… */
  undated: number;
  /** …nor a dated one without coordinates… */
  unplaced: number;
  /** …nor one whose actor1 the extractor did not find (the codebook's first actor is never blank). */
  unattributed: number;
}

/**
 * A tally of nothing yet, to hand `exportChunks`.
 * @example const tally = emptyTally(); await writeExport(exportChunks(store, 'acled', {}, tally)); tally.undated
 */
export function emptyTally(): ExportTally {
  return { events: 0, movements: 0, undated: 0, unplaced: 0, unattributed: 0 };
}

/** Text is handed on in pieces of about this many characters: few writes, little memory. */
const PIECE = 64 * 1024;

async function* counted<T>(records: AsyncIterable<T>, count: () => void): AsyncGenerator<T> {
  for await (const record of records) {
    count();
    yield record;
  }
}

/**
 * What an ACLED export left out, for its summary line; null when it left out nothing.
 * @example leftOutSummary({ undated: 25, unplaced: 45, unattributed: 3, … }) === '73 events left out (ACLED records none without a date, a place or an actor): 25 undated, 45 unplaced, 3 with no actor'
 */
export function leftOutSummary(tally: ExportTally): string | null {
  const left = tally.undated + tally.unplaced + tally.unattributed;
  if (left === 0) return null;
  return `${left} event${left === 1 ? '' : 's'} left out (ACLED records none without a date, a place or an actor): ${tally.undated} undated, ${tally.unplaced} unplaced, ${tally.unattributed} with no actor`;
}

// ACLED records every event with a day, a point and an actor1: the others are counted, not written.
async function* acledRecordable(events: AsyncIterable<EventRecord>, tally: ExportTally): AsyncGenerator<EventRecord> {
  for await (const event of events) {
    if (event.date === null) tally.undated++;
    else if (event.location?.lat == null || event.location.lon == null) tally.unplaced++;
    else if (event.actor1 === null) tally.unattributed++;
    else yield event;
  }
}

async function* mapped<T, U>(records: AsyncIterable<T>, map: (record: T) => U | Promise<U>): AsyncGenerator<U> {
  for await (const record of records) yield await map(record);
}

/**
 * An event as JSON Lines write it: the store's record with its global id, without the store's cursor.
 * @example jsonRecord(gaoStrike).uid === 'e5d55e2a…-v1'
 */
export function jsonRecord(event: EventRecord): Omit<EventRecord, 'cursor'> & { uid: string } {
  const record: Omit<EventRecord, 'cursor'> & { cursor?: string } = { ...event };
  delete record.cursor;
  return { uid: eventUid(event), ...record };
}

async function* geojsonChunks(events: AsyncIterable<EventRecord>, store: Store, filter: EventFilter, tally: ExportTally): AsyncGenerator<string> {
  yield '{"type":"FeatureCollection","features":[\n';
  let first = true;
  const features = [mapped(events, eventFeature), mapped(counted(storedMovements(store, { ...filter, after: undefined }), () => tally.movements++), movementFeature)];
  for (const kind of features) {
    for await (const feature of kind) {
      yield `${first ? '' : ',\n'}${JSON.stringify(feature)}`;
      first = false;
    }
  }
  yield '\n]}\n';
}

function formatChunks(format: ExportFormat, store: Store, filter: EventFilter, tally: ExportTally): AsyncGenerator<string> {
  const read = store.events(filter);
  const events = counted(format === 'acled' ? acledRecordable(read, tally) : read, () => tally.events++);
  const facts = articleFactsReader(store);
  switch (format) {
    case 'acled': {
      const sides = assocSidesReader(store);
      return csvChunks(ACLED_COLUMNS, mapped(events, async (e) => acledRow(e, { sides: await sides(e), article: await facts(e) })));
    }
    case 'ucdp':
      return csvChunks(UCDP_COLUMNS, mapped(events, async (e) => ucdpRow(e, await facts(e))));
    case 'jsonl':
      return mapped(events, (e) => `${JSON.stringify(jsonRecord(e))}\n`);
    case 'geojson':
      return geojsonChunks(events, store, filter, tally);
  }
}

/**
 * The export of the events a filter selects (and, for GeoJSON, the movements), streamed from the
 * store page by page in pieces of about 64 KiB: memory stays flat however large the store. The first
 * piece comes only after the first page was read, so a filter the store refuses fails before any
 * text is handed on. `tally` counts what was written, and the events an ACLED export leaves out
 * (ACLED records none without a date or a place).
 * @example for await (const piece of exportChunks(store, 'acled', { country: 'Mali' })) out.write(piece)
 */
export async function* exportChunks(store: Store, format: ExportFormat, filter: EventFilter = {}, tally: ExportTally = emptyTally()): AsyncGenerator<string> {
  let piece = '';
  for await (const text of formatChunks(format, store, filter, tally)) {
    piece += text;
    if (piece.length >= PIECE) {
      yield piece;
      piece = '';
    }
  }
  if (piece !== '') yield piece;
}
