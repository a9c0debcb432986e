import { spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { storeRows } from './_storeRows.js';

const ARTICLES = ['Bombardment_of_Gao.txt', 'Battle_of_Bosra_(2015).txt', 'Attack_on_Nova_Kakhovka.txt', 'MINUSMA_super_camp_attack.txt', 'Battle_of_Boulikessi.txt', '2022_Novofedorivka_explosions.txt'];
const CHILD = ['--import', './src/ingest/_registerTs.mjs', 'test/ingest/helpers/ingestChild.ts'];

let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'annals-crash-'));
  await mkdir(join(folder, 'in'));
  await Promise.all(ARTICLES.map((name) => copyFile(join('fixtures/articles', name), join(folder, 'in', name))));
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** Runs the ingest child; with `killAfter`, SIGKILLs it once it has printed that many "saved" lines. */
function runChild(db: string, killAfter?: number): Promise<{ killed: boolean; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...CHILD, join(folder, 'in'), db, '1'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let killed = false;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const saved = Math.max(0, ...out.split('\n').filter((l) => l.startsWith('saved ')).map((l) => Number(l.slice(6))));
      if (killAfter !== undefined && !killed && saved >= killAfter) {
        killed = true;
        child.kill('SIGKILL');
      }
    });
    child.stderr.on('data', (chunk: Buffer) => void (err += chunk.toString()));
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL' || code === 0) resolve({ killed: signal === 'SIGKILL', out });
      else reject(new Error(`ingest child exited with ${code}: ${err}`));
    });
  });
}

async function rowsOf(db: string): Promise<Awaited<ReturnType<typeof storeRows>>> {
  const store = await openStore(db);
  try {
    return await storeRows(store);
  } finally {
    await store.close();
  }
}

describe('ingest killed with SIGKILL', () => {
  it('loses nothing committed, and a re-run completes the store with the rows of an uninterrupted run', async () => {
    const clean = join(folder, 'clean');
    await runChild(clean);
    const expected = await rowsOf(clean);
    expect((expected.counts as { articles: number }).articles).toBe(ARTICLES.length);
    for (const point of [1, 3, 5]) {
      const db = join(folder, `killed-${point}`);
      const { killed } = await runChild(db, point);
      expect(killed).toBe(true);
      // what was committed before the kill is there, whole
      const partial = await rowsOf(db);
      expect((partial.counts as { articles: number }).articles).toBeGreaterThanOrEqual(point);
      await runChild(db);
      expect(await rowsOf(db)).toEqual(expected);
    }
  }, 600_000);
});
