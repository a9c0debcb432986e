import { stringify } from 'csv-stringify/sync';
import type { Cell } from './acledColumns.js';

/**
 * CSV text, one string per line: the header, then each row's cells in the columns' order (RFC 4180
 * quoting; empty cells for what is unknown).
 * @example for await (const line of csvChunks(ACLED_COLUMNS, rows)) out.write(line) // 'event_id_cnty,event_date,…\n', 'MLI…,2013-01-13,…\n'
 */
export async function* csvChunks<C extends string>(columns: readonly C[], rows: AsyncIterable<Record<C, Cell>>): AsyncGenerator<string> {
  yield stringify([columns]);
  for await (const row of rows) yield stringify([columns.map((c) => row[c])]);
}
