import type { MessagePort } from 'node:worker_threads';
import type { Backend, Queryable } from './_backend.js';
import { fromRemoteError, type RemoteReply, type RemoteRequest } from './_remoteProtocol.js';
import { storeOn } from './storeOn.js';
import type { Store } from './types.js';

// Spread over the union, so that each request keeps its own fields.
type Request = RemoteRequest extends infer R ? (R extends RemoteRequest ? Omit<R, 'id'> : never) : never;

/**
 * A backend whose every statement runs on another thread's (`serveStore` on the other end of
 * `port`); transactions included. `close` only lets the port go.
 * @example await remoteBackend(port, 'pglite', '.annals').transaction(async (tx) => tx.query('select 1'))
 */
export function remoteBackend(port: MessagePort, kind: Store['kind'], location: string): Backend {
  let nextId = 1;
  const waiting = new Map<number, { resolve: (r: Extract<RemoteReply, { ok: true }>) => void; reject: (e: Error) => void }>();
  port.on('message', (reply: RemoteReply) => {
    const w = waiting.get(reply.id);
    waiting.delete(reply.id);
    if (reply.ok) w?.resolve(reply);
    else w?.reject(fromRemoteError(reply.error));
  });
  // the port keeps the thread alive only while an answer is awaited
  port.unref();
  const ask = (request: Request): Promise<Extract<RemoteReply, { ok: true }>> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      if (waiting.size === 0) port.ref();
      waiting.set(id, {
        resolve: (r) => (release(), resolve(r)),
        reject: (e) => (release(), reject(e)),
      });
      port.postMessage({ ...request, id });
    });
  const release = (): void => {
    if (waiting.size === 0) port.unref();
  };
  const on = (tx: number | null): Queryable => ({
    query: async <T>(sql: string, params: readonly unknown[] = []) => ((await ask({ op: 'query', tx, sql, params: [...params] })).rows ?? []) as T[],
    exec: async (sql: string) => {
      await ask({ op: 'exec', tx, sql });
    },
  });
  return {
    kind,
    location,
    ...on(null),
    transaction: async <T>(work: (tx: Queryable) => Promise<T>): Promise<T> => {
      const { tx } = await ask({ op: 'begin' });
      if (tx === undefined) throw new Error('the store thread opened no transaction');
      let result: T;
      try {
        result = await work(on(tx));
      } catch (error) {
        await ask({ op: 'rollback', tx }).catch(() => undefined);
        throw error;
      }
      await ask({ op: 'commit', tx });
      return result;
    },
    close: async () => {
      port.close();
    },
  };
}

/**
 * A store whose every call runs on another thread's backend (`serveStore` on the other end of
 * `port`): a worker thread reads and writes the store its parent holds open, without opening it
 * twice (a PGlite folder can be opened by one thread at a time). `close` only lets the port go.
 * @example const store = remoteStore(workerData.port, 'pglite', '.annals'); const inputs = await store.linkInputs()
 */
export function remoteStore(port: MessagePort, kind: Store['kind'], location: string): Store {
  return storeOn(remoteBackend(port, kind, location));
}


