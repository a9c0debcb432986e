import type { ConnectionOptions } from 'bullmq';

/** Where the jobs live: a Redis server, and the queue's name on it. */
export interface QueueTarget {
  connection: ConnectionOptions;
  /** The BullMQ queue name; `annals-ingest` unless the URL's `?queue=` says otherwise. */
  name: string;
  /** The URL without its password, for messages. */
  shown: string;
}

const DEFAULT_QUEUE = 'annals-ingest';

/**
 * Reads `--queue redis://[user:password@]host:port[/db][?queue=name]`.
 * @example queueTarget('redis://127.0.0.1:6379') // { connection: { host: '127.0.0.1', port: 6379, … }, name: 'annals-ingest', … }
 */
export function queueTarget(url: string): QueueTarget {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`--queue ${url}: not a redis:// URL`);
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') throw new Error(`--queue ${url}: not a redis:// URL`);
  const db = Number(parsed.pathname.replace(/^\//, '') || 0);
  const connection: ConnectionOptions = {
    host: parsed.hostname || '127.0.0.1',
    port: Number(parsed.port || 6379),
    db: Number.isInteger(db) ? db : 0,
    // BullMQ workers block on Redis: ioredis must not give up on a command
    maxRetriesPerRequest: null,
    ...(parsed.username ? { username: decodeURIComponent(parsed.username) } : {}),
    ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}),
    ...(parsed.protocol === 'rediss:' ? { tls: {} } : {}),
  };
  const shown = `${parsed.protocol}//${parsed.hostname}:${parsed.port || 6379}${parsed.pathname}`;
  return { connection, name: parsed.searchParams.get('queue') ?? DEFAULT_QUEUE, shown };
}
