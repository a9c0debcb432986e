import { Worker } from 'node:worker_threads';

/**
 * A case that never ends (exponential backtracking) blocks the thread, so neither the per-input
 * budget nor vitest's timeout can fire. A worker thread watches each case instead: if one runs
 * longer than FUZZ_WATCHDOG_MS (30 s), it writes the input to a file, says where on stderr, and
 * kills the process, so the hang is reported with the input that caused it.
 */
const LIMIT_MS = Number(process.env['FUZZ_WATCHDOG_MS'] ?? 30_000);
const CAPACITY = 1 << 20;
const shared = new SharedArrayBuffer(8 + CAPACITY);
// [0]: generation, odd while a case runs; [1]: bytes of its description in `bytes`.
const state = new Int32Array(shared, 0, 2);
const bytes = new Uint8Array(shared, 8);
const encoder = new TextEncoder();

const WATCHER = `
const { workerData } = require('node:worker_threads');
const { writeFileSync, writeSync } = require('node:fs');
const { join } = require('node:path');
const { tmpdir } = require('node:os');
const state = new Int32Array(workerData.shared, 0, 2);
const bytes = new Uint8Array(workerData.shared, 8);
for (;;) {
  const generation = Atomics.load(state, 0);
  if (generation % 2 === 0) { Atomics.wait(state, 0, generation); continue; }
  if (Atomics.wait(state, 0, generation, workerData.limit) !== 'timed-out') continue;
  const described = new TextDecoder().decode(bytes.slice(0, Atomics.load(state, 1)));
  const path = join(tmpdir(), 'annals-fuzz-stuck-' + process.pid + '.txt');
  writeFileSync(path, described);
  writeSync(2, '\\nfuzz watchdog: one case ran over ' + workerData.limit + ' ms; its input is in ' + path + '\\n' + described.slice(0, 400) + '\\n');
  process.kill(process.pid, 'SIGKILL');
}
`;

let started = false;

/** Marks the start of one case, described by `target` and its input. */
export function arm(target: string, input: string): void {
  if (!started) {
    new Worker(WATCHER, { eval: true, workerData: { shared, limit: LIMIT_MS } }).unref();
    started = true;
  }
  const { written } = encoder.encodeInto(`${target}\n${JSON.stringify(input)}`, bytes);
  Atomics.store(state, 1, written);
  Atomics.add(state, 0, 1);
  Atomics.notify(state, 0);
}

/** Marks the end of the case `arm` started. */
export function disarm(): void {
  Atomics.add(state, 0, 1);
  Atomics.notify(state, 0);
}
