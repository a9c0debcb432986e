import type { MessagePort } from 'node:worker_threads';
import type { Backend, Queryable } from './_backend.js';
import { toRemoteError, type RemoteError, type RemoteReply, type RemoteRequest } from './_remoteProtocol.js';

type Outcome = { ok: true } | { ok: false; error: RemoteError };

interface OpenTransaction {
  tx: Queryable;
  /** Ends the transaction: commits without an error, rolls back with one. */
  end: (error?: Error) => void;
  /** Settles once the backend committed or rolled back. */
  outcome: Promise<Outcome>;
}

/**
 * Answers another thread's store calls (`remoteStore` on the other end of `port`) on this backend,
 * one request at a time in the order sent. Returns a stop function: it rolls back any transaction the
 * other thread left open (a thread that died mid-way) and closes the port.
 * @example const stop = serveStore(backend, channel.port1); … ; await stop()
 */
export function serveStore(backend: Backend, port: MessagePort): () => Promise<void> {
  const open = new Map<number, OpenTransaction>();
  let nextTx = 1;
  let queue: Promise<void> = Promise.resolve();
  const reply = (message: RemoteReply): void => port.postMessage(message);
  const on = (tx: number | null): Queryable => {
    const t = tx === null ? { tx: backend } : open.get(tx);
    if (!t) throw new Error(`no open transaction ${String(tx)}`);
    return t.tx;
  };
  // resolves once the backend's transaction has started (its id is then sent), or failed to
  const begin = (id: number): Promise<void> =>
    new Promise<void>((started) => {
      const txId = nextTx++;
      let settle: (o: Outcome) => void = () => undefined;
      const outcome = new Promise<Outcome>((resolve) => (settle = resolve));
      const run = backend.transaction(
        (tx) => new Promise<void>((resolve, reject) => {
          open.set(txId, { tx, end: (error) => (error ? reject(error) : resolve()), outcome });
          reply({ id, ok: true, tx: txId });
          started();
        }),
      );
      run.then(
        () => settle({ ok: true }),
        (error: unknown) => {
          settle({ ok: false, error: toRemoteError(error) });
          if (!open.has(txId)) {
            reply({ id, ok: false, error: toRemoteError(error) });
            started();
          }
        },
      );
    });
  const end = async (request: Extract<RemoteRequest, { op: 'commit' | 'rollback' }>): Promise<void> => {
    const t = open.get(request.tx);
    if (!t) throw new Error(`no open transaction ${request.tx}`);
    open.delete(request.tx);
    t.end(request.op === 'rollback' ? new Error('rolled back') : undefined);
    const outcome = await t.outcome;
    // a rollback asked for is no failure
    reply(request.op === 'rollback' || outcome.ok ? { id: request.id, ok: true } : { id: request.id, ...outcome });
  };
  const handle = async (request: RemoteRequest): Promise<void> => {
    try {
      if (request.op === 'begin') return await begin(request.id);
      if (request.op === 'commit' || request.op === 'rollback') return await end(request);
      if (request.op === 'exec') {
        await on(request.tx).exec(request.sql);
        return reply({ id: request.id, ok: true });
      }
      if (request.op === 'query') reply({ id: request.id, ok: true, rows: await on(request.tx).query(request.sql, request.params) });
    } catch (error) {
      reply({ id: request.id, ok: false, error: toRemoteError(error) });
    }
  };
  port.on('message', (request: RemoteRequest) => {
    queue = queue.then(() => handle(request));
  });
  return async () => {
    port.close();
    await queue;
    const left = [...open.values()];
    open.clear();
    for (const t of left) t.end(new Error('the thread using the store stopped'));
    await Promise.allSettled(left.map((t) => t.outcome));
  };
}
