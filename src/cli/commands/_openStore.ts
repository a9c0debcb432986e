import { isAnnalsError } from '../../model/index.js';
// The queue's URL parser alone, not the queue's index: that would load the readers (wtf_wikipedia and
// the Markdown parser) into `annals events` and `annals serve`, which read no article.
import { queueTarget, type QueueTarget } from '../../ingest/queue/queueTarget.js';
import { embeddedStoreState, openStore, servedBy, storeTarget, type Store } from '../../store/index.js';

/**
 * Why the store `--db` names cannot be used, or null. `api` (a read command's) is the API call that
 * reads the same records: a read command refuses a folder holding no store rather than make an
 * empty one, and points at the server holding the folder rather than wait for it.
 */
function refusal(db: string | undefined, api: string | undefined): string | null {
  const target = storeTarget(db);
  if (target.kind !== 'pglite') return null;
  const { folder } = target;
  const state = api === undefined ? 'store' : embeddedStoreState(folder);
  const make = `annals ingest PATH…${db ? ` --db ${folder}` : ''} makes one`;
  if (state === 'missing') return `${folder}: no such store folder (${make})`;
  if (state === 'no-store') return `${folder}: no store in this folder (${make})`;
  const server = servedBy(folder);
  if (!server) return null;
  const held = `${folder} is held by annals serve (process ${server.pid}) at ${server.url}`;
  return api === undefined ? `${held}: stop it first (an embedded store serves one process at a time)` : `${held}: ask it instead: curl '${server.url}${api}'`;
}

/**
 * The store `--db` names, or null after one line on stderr saying why it cannot be used. A read
 * command passes `api`, the API path and query that answer it (`/api/events?actor=MOJWA`).
 * @example await openStoreOrReport(flags.db, apiCall('/api/articles'))
 */
export async function openStoreOrReport(db: string | undefined, api?: string): Promise<Store | null> {
  const refused = refusal(db, api);
  if (refused) {
    process.stderr.write(`annals: ${refused}\n`);
    return null;
  }
  try {
    return await openStore(db);
  } catch (error) {
    const where = db ?? process.env.ANNALS_DB ?? '.annals';
    process.stderr.write(`annals: ${isAnnalsError(error) ? error.message : `${where}: cannot open the store: ${String(error)}`}\n`);
    return null;
  }
}

/**
 * An API path with the query the given options make (those set), for a read command's `api`.
 * @example apiCall('/api/events', { actor: 'MOJWA', from: undefined }) === '/api/events?actor=MOJWA'
 */
export function apiCall(path: string, query: Record<string, string | number | boolean | undefined> = {}): string {
  const set = Object.entries(query).filter((e): e is [string, string | number | boolean] => e[1] !== undefined);
  return set.length === 0 ? path : `${path}?${new URLSearchParams(set.map(([k, v]): [string, string] => [k, String(v)])).toString()}`;
}

/** The queue `--queue` names, or null after one line on stderr saying what is wrong with the URL. */
export function queueTargetOrReport(url: string): QueueTarget | null {
  try {
    return queueTarget(url);
  } catch (error) {
    process.stderr.write(`annals: ${(error as Error).message}\n`);
    return null;
  }
}
