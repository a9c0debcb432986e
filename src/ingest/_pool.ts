import type { Worker } from 'node:worker_threads';
import { AnnalsError } from '../model/index.js';
import type { BaseLayerShare } from '../resolve/gazetteer/index.js';
import type { FromWorker, WorkerSetup } from './_protocol.js';
import { spawnWorker } from './_spawnWorker.js';
import { describeUnit, type UnitResult, type WorkUnit } from './workUnit.js';

// Results a worker may have in flight before the pool takes them in: memory stays bounded when the caller is slow.
// Each waits in the main thread as objects until saved: 16 took the main heap to ~136 MB at times
// (peak 500 MiB with PGlite at 5,000 articles), 4 keeps it near ~80 (449 MiB), no slower.
const WINDOW = 4;
// Units a worker holds: the one it extracts and the next, so that it starts the next at once instead of
// waiting for the main thread to hand it over (which may be busy in a store statement: with PGlite
// the database runs on the main thread). Threads stood idle ~30% of an ingest before.
const DEPTH = 2;

export interface PoolCallbacks {
  onResult: (result: UnitResult, unit: WorkUnit) => void | Promise<void>;
  onUnitDone?: (unit: WorkUnit) => void | Promise<void>;
}

export interface PoolSummary {
  units: number;
  results: number;
  /** Workers that stopped part-way and were replaced. */
  workerFailures: number;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  /** Units sent to the worker, in order: the first is the one it extracts. */
  queue: { id: number; unit: WorkUnit }[];
  unitsDone: number;
  pulling: boolean;
  failure: unknown;
  dead: boolean;
}

/** The state of one `runPool` call: worker slots, the unit source, and the chain of callbacks. */
export class Pool {
  readonly summary: PoolSummary = { units: 0, results: 0, workerFailures: 0 };
  readonly #slots = new Set<Slot>();
  // units pulled for a worker that died meanwhile, for the next free one
  readonly #pending: WorkUnit[] = [];
  #delivery: Promise<void> = Promise.resolve();
  #exhausted = false;
  #settled = false;
  #nextId = 0;

  constructor(
    private readonly source: AsyncIterator<WorkUnit> | Iterator<WorkUnit>,
    private readonly callbacks: PoolCallbacks,
    private readonly setup: Pick<WorkerSetup, 'configModule' | 'publicationDate' | 'wikiLayer'>,
    private readonly baseLayer: BaseLayerShare,
    private readonly done: (error?: unknown) => void,
  ) {}

  start(): void {
    const worker = spawnWorker({ ...this.setup, window: WINDOW, baseLayer: this.baseLayer });
    const slot: Slot = { worker, ready: false, queue: [], unitsDone: 0, pulling: false, failure: null, dead: false };
    this.#slots.add(slot);
    worker.on('message', (message: FromWorker) => this.#onMessage(slot, message));
    worker.on('error', (error) => (slot.failure ??= error));
    worker.on('exit', (code) => this.#onExit(slot, code));
    void this.#feed(slot);
  }

  #finish(error?: unknown): void {
    if (this.#settled) return;
    this.#settled = true;
    // a source left part-way closes the files it holds open
    if (error !== undefined) void Promise.resolve(this.source.return?.()).catch(() => undefined);
    // done once the threads have stopped: their memory (~125 MB each) is given back before what follows (the link step)
    const stopped = [...this.#slots].map((slot) => slot.worker.terminate());
    void Promise.allSettled(stopped).then(() => this.done(error));
  }

  // callbacks run one at a time, in the order results arrived; one that throws ends the run
  #deliver(step: () => void | Promise<void>): Promise<void> {
    this.#delivery = this.#delivery.then(() => (this.#settled ? undefined : step())).catch((error: unknown) => this.#finish(error));
    return this.#delivery;
  }

  #onMessage(slot: Slot, message: FromWorker): void {
    if (message.type === 'ready') slot.ready = true;
    const current = slot.queue[0];
    if (message.type === 'ready' || !current || message.id !== current.id) return;
    if (message.type === 'result') {
      this.summary.results++;
      void this.#deliver(() => this.callbacks.onResult(message.result, current.unit)).then(() => slot.worker.postMessage({ type: 'ack', count: 1 }));
      return;
    }
    this.summary.units++;
    slot.unitsDone++;
    slot.queue.shift();
    if (this.callbacks.onUnitDone) void this.#deliver(() => this.callbacks.onUnitDone?.(current.unit));
    void this.#feed(slot);
  }

  #onExit(slot: Slot, code: number): void {
    slot.dead = true;
    this.#slots.delete(slot);
    if (this.#settled) return;
    const reason = slot.failure instanceof Error ? slot.failure.message : `exit code ${code}`;
    const [lost, ...unstarted] = slot.queue;
    // units sent but not begun go to the next free worker
    this.#pending.push(...unstarted.map((entry) => entry.unit));
    // a worker that dies before its first unit would die again: replacing it would loop
    if (!slot.ready || (!lost && slot.unitsDone === 0)) {
      return this.#finish(new AnnalsError('unreadable', this.setup.configModule ?? 'worker', `a worker thread could not start (${reason})`, { cause: slot.failure }));
    }
    this.summary.workerFailures++;
    if (lost) {
      this.summary.units++;
      void this.#deliver(() => this.callbacks.onResult({ error: `${describeUnit(lost.unit)}: worker stopped (${reason}); the rest of this unit was not read` }, lost.unit));
    }
    this.start();
  }

  // tops the worker's units up to DEPTH; one pull at a time per slot
  async #feed(slot: Slot): Promise<void> {
    if (slot.pulling) return;
    slot.pulling = true;
    while (slot.queue.length < DEPTH) {
      const unit = this.#pending.shift() ?? (await this.#pull());
      if (unit === null) break;
      if (slot.dead) {
        this.#pending.push(unit);
        const idle = [...this.#slots].find((s) => s.queue.length === 0 && !s.pulling);
        if (idle) void this.#feed(idle);
        break;
      }
      const entry = { id: this.#nextId++, unit };
      slot.queue.push(entry);
      slot.worker.postMessage({ type: 'unit', id: entry.id, unit });
    }
    slot.pulling = false;
    this.#settle();
  }

  async #pull(): Promise<WorkUnit | null> {
    if (this.#exhausted || this.#settled) return null;
    const next = await Promise.resolve(this.source.next()).catch((error: unknown) => (this.#finish(error), null));
    if (next && !next.done) return next.value;
    this.#exhausted = true;
    return null;
  }

  // done once the units ran out and every slot is idle, after the last callback
  #settle(): void {
    if (!this.#exhausted || this.#settled || this.#pending.length > 0) return;
    if ([...this.#slots].some((s) => s.queue.length > 0 || s.pulling)) return;
    void this.#delivery.then(() => this.#finish());
  }
}
