import type { EventFilter, EventRecord, Store } from '../store/index.js';
import { ACLED_COLUMNS } from './acledColumns.js';
import { acledRow } from './acledRow.js';
import { assocSidesReader } from './assocSides.js';
import { csvChunks } from './csvChunks.js';
import { eventUid } from './eventNumber.js';
import { eventFeature } from './eventFeature.js';
import type { ExportFormat } from './exportFormats.js';
import { movementFeature } from './movementFeature.js';
import { storedMovements } from './storedMovements.js';
import { UCDP_COLUMNS } from './ucdpColumns.js';
import { ucdpRow } from './ucdpRow.js';

/** How many records an export has written so far. */
export interface ExportTally {
  events: number;
  movements: number;
}

/** Text is handed on in pieces of about this many characters: few writes, little memory. */
const PIECE = 64 * 1024;

async function* counted<T>(records: AsyncIterable<T>, count: () => void): AsyncGenerator<T> {
  for await (const record of records) {
    count();
    yield record;
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
  const events = counted(store.events(filter), () => tally.events++);
  switch (format) {
    case 'acled': {
      const sides = assocSidesReader(store);
      return csvChunks(ACLED_COLUMNS, mapped(events, async (e) => acledRow(e, await sides(e))));
    }
    case 'ucdp':
      return csvChunks(UCDP_COLUMNS, mapped(events, ucdpRow));
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
 * text is handed on. `tally` counts what was written.
 * @example for await (const piece of exportChunks(store, 'acled', { country: 'Mali' })) out.write(piece)
 */
export async function* exportChunks(store: Store, format: ExportFormat, filter: EventFilter = {}, tally: ExportTally = { events: 0, movements: 0 }): AsyncGenerator<string> {
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
