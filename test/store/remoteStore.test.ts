import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnnalsError, type Extraction } from '../../src/model/index.js';
import type { Backend } from '../../src/store/_backend.js';
import { fromRemoteError, toRemoteError } from '../../src/store/_remoteProtocol.js';
import { openBackend } from '../../src/store/openBackend.js';
import { remoteBackend, remoteStore } from '../../src/store/remoteStore.js';
import { serveStore } from '../../src/store/serveStore.js';
import { storeOn } from '../../src/store/storeOn.js';
import { storeTarget } from '../../src/store/storeTarget.js';
import { extract, SEED } from './_extractions.js';

// The two ends of the store's thread protocol on one thread: a MessagePort works the same way there.
describe('a store reached through a message port (serveStore ↔ remoteStore)', () => {
  const root = mkdtempSync(join(tmpdir(), 'annals-remote-'));
  let backend: Backend;
  let seed: Extraction;
  beforeAll(async () => {
    backend = await openBackend(storeTarget(join(root, 'store')));
    await backend.exec('create table scratch (n int primary key)');
    [seed] = (await extract(SEED)) as [Extraction];
  }, 120_000);
  afterAll(async () => {
    await backend.close();
    rmSync(root, { recursive: true, force: true });
  });

  const connect = () => {
    const channel = new MessageChannel();
    const stop = serveStore(backend, channel.port1);
    return { remote: remoteBackend(channel.port2, backend.kind, backend.location), port: channel.port2, stop };
  };
  const scratch = async () => (await backend.query<{ n: number }>('select n from scratch order by n')).map((r) => r.n);

  it('saves and reads an article as the store itself does', async () => {
    const { port, stop } = connect();
    const store = remoteStore(port, backend.kind, backend.location);
    expect(await store.saveArticles([seed])).toEqual(['stored']);
    expect(await storeOn(backend).article(seed.id)).toEqual(seed);
    expect(await store.article(seed.id)).toEqual(seed);
    expect(await store.counts()).toEqual(await storeOn(backend).counts());
    await stop();
  });

  it('commits a transaction that resolves and rolls back one that throws', async () => {
    const { remote, stop } = connect();
    await remote.transaction(async (tx) => {
      await tx.query('insert into scratch values ($1), ($2)', [1, 2]);
    });
    await expect(remote.transaction(async (tx) => {
      await tx.query('insert into scratch values ($1)', [3]);
      throw new Error('changed my mind');
    })).rejects.toThrow('changed my mind');
    expect(await scratch()).toEqual([1, 2]);
    await stop();
  });

  it("carries a statement's failure across with its SQLSTATE, and an AnnalsError as one", async () => {
    const { remote, stop } = connect();
    await expect(remote.query('select * from no_such_table')).rejects.toMatchObject({ code: '42P01', message: expect.stringMatching(/no_such_table/) });
    // a failed statement in a transaction fails the transaction, which is rolled back
    await expect(remote.transaction(async (tx) => tx.query('insert into scratch values ($1)', [1]))).rejects.toMatchObject({ code: '23505' });
    expect(await scratch()).toEqual([1, 2]);
    await stop();
  });

  it('turns an AnnalsError back into one on the other side, with its code, input and problem', () => {
    const back = fromRemoteError(structuredClone(toRemoteError(new AnnalsError('usage', 'from "yesterday"', 'not an ISO date'))));
    expect(back).toBeInstanceOf(AnnalsError);
    expect(back).toMatchObject({ code: 'usage', input: 'from "yesterday"', message: 'from "yesterday": not an ISO date' });
    expect(fromRemoteError(toRemoteError('a string'))).toMatchObject({ message: 'a string' });
  });

  it('rolls back what a thread that stopped left open, and the store goes on', async () => {
    const { remote, stop } = connect();
    let reached = false;
    const abandoned = remote.transaction(async (tx) => {
      await tx.query('insert into scratch values ($1)', [9]);
      reached = true;
      await new Promise(() => undefined); // never commits: its thread "died"
    });
    void abandoned;
    await expect.poll(() => reached).toBe(true);
    await stop();
    expect(await scratch()).toEqual([1, 2]);
    await backend.query('insert into scratch values ($1)', [4]);
    expect(await scratch()).toEqual([1, 2, 4]);
  });
});
