/**
 * What an ingest process holds up to its last save, in MB of RSS at its peak, measured with
 * `bench/ingest.js` at 5,000 articles (Node 20, x64): PGlite with 1 thread 471 MB, a server with 2
 * threads 505 MB. The numbers behind the default thread count, not limits anything enforces; the
 * link step after the last save is not in them (it grows with the store: src/ingest/README.md).
 */
export const INGEST_MEMORY = {
  /** The main thread: Node and the modules, the shared gazetteer base layer (~41 MB), results and
   * batches on their way to the store, and the slack of a heap V8 collects lazily. */
  main: 260,
  /** An embedded store in the same process: PGlite's WASM memory and compiled code. */
  embedded: 100,
  /** Each worker thread: its own modules (wink-nlp's model, ~25 MB), compiled code and its heap
   * under `WORKER_LIMITS`. */
  thread: 125,
} as const;

/** The RSS an ingest is sized for unless told otherwise: issue 5's line. */
export const DEFAULT_MEMORY_MB = 500;

/**
 * Worker threads for an ingest: one per core, but no more than fit in `memoryMB` beside the main
 * thread and (when embedded) the store; at least one.
 * @example threadsFor(500, 2, true) // 1: PGlite and the main thread take ~360 MB, a thread ~125 MB
 * @example threadsFor(1000, 8, false) // 5: with a PostgreSQL server, the store's memory is the server's
 */
export function threadsFor(memoryMB: number, cores: number, embedded: boolean): number {
  const room = memoryMB - INGEST_MEMORY.main - (embedded ? INGEST_MEMORY.embedded : 0);
  return Math.max(1, Math.min(cores, Math.floor(room / INGEST_MEMORY.thread)));
}
