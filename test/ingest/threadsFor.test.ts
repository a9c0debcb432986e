import { describe, expect, it } from 'vitest';
import { formatSummary, type IngestSummary } from '../../src/ingest/index.js';
import { threadsFor } from '../../src/ingest/threadsFor.js';

describe('threadsFor', () => {
  it.each([
    [500, 2, true, 1],
    [500, 2, false, 1],
    [700, 16, false, 3],
    [1000, 16, true, 5],
    [4000, 16, true, 16],
    [4000, 1, false, 1],
    [100, 8, true, 1], // never none, however small the budget
  ])('%i MB, %i cores, embedded %s: %i threads', (memoryMB, cores, embedded, threads) => {
    expect(threadsFor(memoryMB, cores, embedded)).toBe(threads);
  });
});

describe('formatSummary', () => {
  const base: IngestSummary = { units: 1, read: 1, stored: 1, replaced: 0, unchanged: 0, skipped: {}, errors: [], events: 4, entities: 11, seconds: 2.5 };

  it.each([
    [{ threads: 1, cores: 2, memoryMB: 500 }, '1 thread of 2 cores (memory budget 500 MB; --memory to change); 2.5 s'],
    [{ threads: 2, cores: 2, memoryMB: null }, '2 threads of 2 cores (--threads); 2.5 s'],
    [undefined, '0 errors; 2.5 s'],
  ])('says why a run used the threads it used: %j', (threads, end) => {
    expect(formatSummary(threads ? { ...base, threads } : base).endsWith(end)).toBe(true);
  });
});
