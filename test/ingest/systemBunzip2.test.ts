import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { decompressedBytes } from '../../src/ingest/_unitBytes.js';
import { ENWIKI_206, ENWIKI_3 } from './helpers/dumps.js';

// The system's bzip2 and unbzip2-stream must give the same bytes, and a broken input the same error:
// the system's bzip2 hands over to unbzip2-stream when it fails. Before the error, the system's bzip2
// may have passed on more of a cut file (every whole block; unbzip2-stream drops the blocks it decoded
// in the read that failed), never other bytes.
const dir = mkdtempSync(join(tmpdir(), 'annals-bunzip2-'));
const cut = join(dir, 'cut.xml.bz2');
writeFileSync(cut, readFileSync(ENWIKI_206).subarray(0, 1_000_000));

async function read(path: string, decoder: 'system' | 'js'): Promise<{ bytes: Buffer; error: string | null }> {
  if (decoder === 'js') process.env.ANNALS_BZIP2 = 'js';
  else delete process.env.ANNALS_BZIP2;
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of decompressedBytes(path, path)) chunks.push(chunk);
    return { bytes: Buffer.concat(chunks), error: null };
  } catch (error) {
    return { bytes: Buffer.concat(chunks), error: (error as Error).message };
  }
}

describe('decompressedBytes with and without the system bzip2', () => {
  const saved = process.env.ANNALS_BZIP2;
  afterEach(() => {
    if (saved === undefined) delete process.env.ANNALS_BZIP2;
    else process.env.ANNALS_BZIP2 = saved;
  });

  it.each([
    ['the 3-page sample', ENWIKI_3],
    ['the 206-page sample', ENWIKI_206],
    ['a dump cut after 1 MB', cut],
  ])('%s: the same bytes and the same error', async (_, path) => {
    const system = await read(path, 'system');
    const js = await read(path, 'js');
    expect(system.error).toBe(js.error);
    if (path !== cut) expect(system.bytes.equals(js.bytes)).toBe(true);
    else {
      expect(js.error).toMatch(/broken bzip2 data/);
      expect(system.bytes.length).toBeGreaterThanOrEqual(js.bytes.length);
      expect(system.bytes.subarray(0, js.bytes.length).equals(js.bytes)).toBe(true);
    }
  }, 120_000);
});
