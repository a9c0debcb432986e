import { emptyTally, eventFilter, exportChunks, FilterFieldsSchema, issueLine, leftOutSummary, primed, writeExport, type ExportFormat } from '../../export/index.js';
import { AnnalsError, isAnnalsError } from '../../model/index.js';
import type { EventFilter } from '../../store/index.js';
import type { FilterOptions } from './_filterOptions.js';
import { warnIfStale } from './_linkWarning.js';
import { apiCall, openStoreOrReport } from './_openStore.js';

// A file that cannot be written (no such folder, no permission, disk full) names itself in its message.
const isSystemError = (error: unknown): error is NodeJS.ErrnoException => error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string';

export interface ExportOptions extends FilterOptions {
  format: ExportFormat;
  out?: string;
  db?: string;
  verbose?: boolean;
}

/**
 * `annals export --format acled|ucdp|geojson|jsonl [--out FILE] [filters]`: the stored events (and,
 * in GeoJSON, the movements) a filter selects, streamed from the store to a file or standard output.
 * Returns the exit status: 0 written, 1 the store failed, 2 a filter or option that cannot mean anything.
 * @example await runExport({ format: 'acled', country: 'Mali', out: 'mali.csv' })
 */
export async function runExport(options: ExportOptions): Promise<number> {
  const started = Date.now();
  const tally = emptyTally();
  let store;
  try {
    const filter = filterFromOptions(options);
    const { actor, type, country, from, to, bbox, q, conflict, limit } = options;
    store = await openStoreOrReport(options.db, apiCall(`/api/export/${options.format}`, { actor, type, country, from, to, bbox, q, conflict, limit }));
    if (!store) return 1;
    if (filter.conflict !== undefined) await warnIfStale(store);
    await writeExport(await primed(exportChunks(store, options.format, filter, tally)), options.out);
  } catch (error) {
    if (!isAnnalsError(error) && !isSystemError(error)) throw error;
    process.stderr.write(`annals: export: ${error.message}\n`);
    if (options.verbose && error.cause) process.stderr.write(`${String(error.cause)}\n`);
    return isAnnalsError(error) && error.code === 'usage' ? 2 : 1;
  } finally {
    await store?.close();
  }
  // events ACLED records none of are counted on stderr, written to a file or not
  const leftOut = leftOutSummary(tally);
  if (options.out !== undefined) {
    const movements = options.format === 'geojson' ? ` and ${tally.movements} movement${tally.movements === 1 ? '' : 's'}` : '';
    process.stderr.write(`annals: ${tally.events} event${tally.events === 1 ? '' : 's'}${movements} written to ${options.out} (${options.format}, ${((Date.now() - started) / 1000).toFixed(1)} s)${leftOut ? `; ${leftOut}` : ''}\n`);
  } else if (leftOut) {
    process.stderr.write(`annals: ${leftOut}\n`);
  }
  return 0;
}

/**
 * The store's filter from the options, or a usage error naming the option and its value.
 * @example filterFromOptions({ from: '2013-01-01', limit: 10 }) // { from: '2013-01-01', limit: 10 }
 */
export function filterFromOptions(options: FilterOptions): EventFilter {
  const { actor, type, country, from, to, bbox, q, conflict, limit } = options;
  const fields = { actor, type, country, from, to, bbox, q, conflict };
  const parsed = FilterFieldsSchema.safeParse(fields);
  if (!parsed.success) {
    const { input, problem } = issueLine(parsed.error, fields);
    throw new AnnalsError('usage', `--${input}`, problem);
  }
  const filter = eventFilter(parsed.data);
  if (limit !== undefined) filter.limit = limit;
  return filter;
}
