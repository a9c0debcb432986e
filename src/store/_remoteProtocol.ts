import { AnnalsError, type AnnalsErrorCode } from '../model/index.js';

// The messages between a thread that uses a store (`remoteStore`) and the thread that holds it
// (`serveStore`): a request carries an id, its reply the same id. `tx` names an open transaction.

export type RemoteRequest =
  | { id: number; op: 'query'; tx: number | null; sql: string; params: readonly unknown[] }
  | { id: number; op: 'exec'; tx: number | null; sql: string }
  | { id: number; op: 'begin' }
  | { id: number; op: 'commit' | 'rollback'; tx: number };

/** An error as it crosses threads: an `AnnalsError`'s code and input travel with it. */
export interface RemoteError {
  message: string;
  name: string;
  /** The SQLSTATE (PostgreSQL) or the AnnalsError code. */
  code?: string;
  input?: string;
}

export type RemoteReply =
  | { id: number; ok: true; rows?: unknown[]; tx?: number }
  | { id: number; ok: false; error: RemoteError };

/**
 * An error as it can be posted to another thread (an Error's own class does not survive the copy).
 * @example port.postMessage({ ok: false, error: toRemoteError(error) })
 */
export function toRemoteError(error: unknown): RemoteError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const { code, input } = error as Error & { code?: unknown; input?: unknown };
  return { name: error.name, message: error.message, ...(typeof code === 'string' ? { code } : {}), ...(typeof input === 'string' ? { input } : {}) };
}

/**
 * The error again on the receiving side: an AnnalsError as one (a command reports it as one line),
 * anything else as an Error with its SQLSTATE `code`.
 * @example throw fromRemoteError(reply.error)
 */
export function fromRemoteError(e: RemoteError): Error {
  if (e.name === 'AnnalsError' && e.code !== undefined && e.input !== undefined) {
    // the message is "<input>: <problem>"
    return new AnnalsError(e.code as AnnalsErrorCode, e.input, e.message.slice(e.input.length + 2));
  }
  return Object.assign(new Error(e.message), e.code === undefined ? {} : { code: e.code });
}
