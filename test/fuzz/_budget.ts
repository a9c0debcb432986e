import { BUDGET_MS } from './_settings.js';
import { arm, disarm } from './_watchdog.js';

/** What one case of a target did: its value or error, and the CPU time it took. */
export type Outcome<T> = { ok: true; value: T; ms: number } | { ok: false; error: unknown; ms: number };

/** For each target: its slowest input so far and the CPU time of all its cases, for the fuzz summary. */
export const slowest = new Map<string, { ms: number; input: string; total: number }>();

/**
 * Runs one case of `target` on `input` (the text or a description of the bytes), measuring the
 * CPU time it takes: user + system time of this process, so other work on a loaded machine does
 * not count against it.
 */
export function measure<T>(target: string, input: string, run: () => T): Outcome<T> {
  arm(target, input);
  const start = process.cpuUsage();
  try {
    const value = run();
    return { ok: true, value, ms: record(target, input, start) };
  } catch (error) {
    return { ok: false, error, ms: record(target, input, start) };
  } finally {
    disarm();
  }
}

/** `measure` for an asynchronous case (bzip2 decompression); nothing else may run meanwhile. */
export async function measureAsync<T>(target: string, input: string, run: () => Promise<T>): Promise<Outcome<T>> {
  arm(target, input);
  const start = process.cpuUsage();
  try {
    const value = await run();
    return { ok: true, value, ms: record(target, input, start) };
  } catch (error) {
    return { ok: false, error, ms: record(target, input, start) };
  } finally {
    disarm();
  }
}

/** Fails the case (so that fast-check shrinks it) when it took more than the budget. */
export function assertWithinBudget(target: string, ms: number, budget = BUDGET_MS): void {
  if (ms > budget) throw new Error(`${target} took ${Math.round(ms)} ms of CPU on one input (budget ${budget} ms)`);
}

function record(target: string, input: string, start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  const ms = (used.user + used.system) / 1000;
  noteTime(target, ms, input);
  return ms;
}

/** Adds one case's time to the summary of `target`, keeping its input when it is the slowest yet. */
export function noteTime(target: string, ms: number, input: string): void {
  const seen = slowest.get(target) ?? { ms: -1, input: '', total: 0 };
  seen.total += ms;
  if (ms > seen.ms) Object.assign(seen, { ms, input });
  slowest.set(target, seen);
}
