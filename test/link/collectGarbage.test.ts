import { describe, expect, it } from 'vitest';
import { collectGarbage } from '../../src/link/_collectGarbage.js';

describe('collectGarbage', () => {
  it('frees an unreferenced buffer now, not when the heap next fills', async () => {
    let buffer: SharedArrayBuffer | null = new SharedArrayBuffer(64 * 1024 * 1024);
    new Uint8Array(buffer).fill(1);
    const held = process.memoryUsage().arrayBuffers;
    buffer = null;
    collectGarbage();
    // the buffer's memory is swept right after the collection
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(held - process.memoryUsage().arrayBuffers).toBeGreaterThan(60 * 1024 * 1024);
  });
});
