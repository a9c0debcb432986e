import type { SaveOutcome } from '../store/index.js';
import type { SkipReason } from './workUnit.js';

/** What an ingest did, for the final summary line and `--json`. */
export interface IngestSummary {
  /** Files, dumps and dump streams taken in. */
  units: number;
  /** Articles extracted (stored + replaced + unchanged). */
  read: number;
  stored: number;
  replaced: number;
  unchanged: number;
  /** Pages of dumps not extracted, by reason. */
  skipped: Partial<Record<SkipReason, number>>;
  /** One line per problem, each naming its file (and page). */
  errors: string[];
  /** Records written by this run (unchanged articles add none). */
  events: number;
  entities: number;
  seconds: number;
  /** `ingest`'s worker threads, of how many cores, and the memory budget that chose them (null: asked for). */
  threads?: { threads: number; cores: number; memoryMB: number | null };
}

export function emptySummary(): IngestSummary {
  return { units: 0, read: 0, stored: 0, replaced: 0, unchanged: 0, skipped: {}, errors: [], events: 0, entities: 0, seconds: 0 };
}

/** Adds one saved batch's outcomes to the summary. */
export function countOutcomes(summary: IngestSummary, outcomes: readonly SaveOutcome[], records: readonly { events: number; entities: number }[]): void {
  outcomes.forEach((outcome, i) => {
    summary.read++;
    summary[outcome]++;
    if (outcome === 'unchanged') return;
    summary.events += records[i]?.events ?? 0;
    summary.entities += records[i]?.entities ?? 0;
  });
}

// "1 thread of 2 cores (memory budget 500 MB …)": why a run used fewer threads than cores is said
function threadsPart({ threads, cores, memoryMB }: NonNullable<IngestSummary['threads']>): string {
  const used = `${threads} thread${threads === 1 ? '' : 's'} of ${cores} core${cores === 1 ? '' : 's'}`;
  return memoryMB === null ? `${used} (--threads)` : `${used} (memory budget ${memoryMB} MB; --memory to change)`;
}

/**
 * The summary as one line a person reads.
 * @example formatSummary(s) // "19 articles read: 19 stored, 0 replaced, 0 unchanged; 206 pages skipped (99 redirect, …); 74 events, 512 entities; 0 errors; 1 thread of 2 cores (memory budget 500 MB; --memory to change); 12.3 s"
 */
export function formatSummary(s: IngestSummary): string {
  const skipped = Object.entries(s.skipped);
  const total = skipped.reduce((n, [, k]) => n + (k ?? 0), 0);
  const reasons = skipped.map(([reason, n]) => `${n} ${reason}`).join(', ');
  return [
    `${s.read} articles read: ${s.stored} stored, ${s.replaced} replaced, ${s.unchanged} unchanged`,
    total > 0 ? `${total} pages skipped (${reasons})` : '0 pages skipped',
    `${s.events} events, ${s.entities} entities written`,
    `${s.errors.length} errors`,
    ...(s.threads ? [threadsPart(s.threads)] : []),
    `${s.seconds.toFixed(1)} s`,
  ].join('; ');
}
