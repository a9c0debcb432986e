import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';
import { enqueue, queueStatus, queueTarget, runWorker } from '../../src/ingest/queue/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import { skipPostgres, testSchema } from '../store/_postgres.js';
import { redisTitle, REDIS, skipRedis } from './_redis.js';
import { storeRows } from './_storeRows.js';
import { nodeArguments } from '../../src/runtime/index.js';

const ARTICLES = ['Bombardment_of_Gao.txt', 'Battle_of_Bosra_(2015).txt', 'Attack_on_Nova_Kakhovka.txt', 'MINUSMA_super_camp_attack.txt', 'Battle_of_Boulikessi.txt'];
const CHILD = nodeArguments(import.meta.url, 'helpers/workerChild');
const configModule = new URL('./helpers/poolConfig.ts', import.meta.url);

let folder: string;
const queueUrl = (): string => `${REDIS}?queue=annals-test-${randomBytes(4).toString('hex')}`;

async function drop(url: string): Promise<void> {
  const target = queueTarget(url);
  const queue = new Queue(target.name, { connection: target.connection });
  await queue.obliterate({ force: true });
  await queue.close();
}

function worker(queue: string, db: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...CHILD, queue, db], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => void (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => void (err += c.toString()));
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`worker exited with ${code}: ${err}`))));
  });
}

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'annals-queue-'));
  await mkdir(join(folder, 'in'));
  await Promise.all(ARTICLES.map((name) => copyFile(join('fixtures/articles', name), join(folder, 'in', name))));
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe.skipIf(skipRedis || skipPostgres)(redisTitle('ingest over a Redis queue'), () => {
  it('two worker processes give the same rows as a one-process ingest', async () => {
    const queue = queueUrl();
    const [distributed, local] = [await testSchema(), await testSchema()];
    try {
      expect(await enqueue([join(folder, 'in')], queueTarget(queue))).toBe(ARTICLES.length);
      // enqueuing the same paths again adds no job: a unit's job id names it
      await enqueue([join(folder, 'in')], queueTarget(queue));
      const outs = await Promise.all([worker(queue, distributed.url), worker(queue, distributed.url)]);
      const done = outs.map((o) => JSON.parse(o.trim().split('\n').pop() ?? '{}') as { units: number });
      expect(done.reduce((n, d) => n + d.units, 0)).toBe(ARTICLES.length);
      const one = await openStore(local.url);
      const shared = await openStore(distributed.url);
      try {
        await ingest([join(folder, 'in')], one, { threads: 1, configModule });
        expect(await storeRows(shared)).toEqual(await storeRows(one));
      } finally {
        await one.close();
        await shared.close();
      }
      expect(await queueStatus(queueTarget(queue))).toMatchObject({ waiting: 0, active: 0, failed: 0, completed: ARTICLES.length });
    } finally {
      await drop(queue);
      await distributed.drop();
      await local.drop();
    }
  }, 300_000);
});

describe.skipIf(skipRedis)(redisTitle('failed jobs'), () => {
  it('are retried with backoff, then listed with their reason', async () => {
    const queue = queueUrl();
    // the worker reads the store's wiki layer once, at its start; saving is what fails
    const failing = { saveArticles: () => Promise.reject(new Error('database is gone')), wikiPlaces: () => Promise.resolve([]) } as unknown as Store;
    try {
      await enqueue([join(folder, 'in', ARTICLES[0] as string)], queueTarget(queue));
      const { config } = (await import(configModule.href)) as { config: Parameters<typeof runWorker>[2] extends infer O ? (O extends { config?: infer C } ? C : never) : never };
      await runWorker(queueTarget(queue), failing, { exitWhenIdle: true, config });
      const status = await queueStatus(queueTarget(queue));
      expect(status.failed).toBe(1);
      expect(status.failures[0]).toMatchObject({ attempts: 3, reason: 'database is gone' });
      expect(status.failures[0]?.unit).toContain('Bombardment_of_Gao.txt');
    } finally {
      await drop(queue);
    }
  }, 120_000);
});
