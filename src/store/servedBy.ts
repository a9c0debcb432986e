import { readFileSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isAlive, LOCK_FILE } from './_folderLock.js';

/** The file `annals serve` leaves in the data folder it holds: its process and URL. */
export const SERVED_FILE = 'annals.served.json';

/** The server holding an embedded store. */
export interface ServedBy {
  pid: number;
  /** `http://host:port`, as the server printed it. */
  url: string;
}

const pidIn = (path: string): number => Number(readFileSync(path, 'utf8').trim());

/**
 * Writes this process's URL into the data folder it holds, so that another command refused the
 * folder can say where the same records are served; resolves to the function that removes it.
 * @example const forget = await noteServer('.annals', 'http://127.0.0.1:8080'); …; await forget()
 */
export async function noteServer(folder: string, url: string): Promise<() => Promise<void>> {
  const path = join(folder, SERVED_FILE);
  await writeFile(path, `${JSON.stringify({ pid: process.pid, url } satisfies ServedBy)}\n`);
  return () => rm(path, { force: true });
}

/**
 * The `annals serve` holding the data folder, or null: a note whose process is gone (kill -9), or
 * which is not the process holding the folder's lock, is stale.
 * @example servedBy('.annals') // { pid: 4242, url: 'http://127.0.0.1:8080' }
 */
export function servedBy(folder: string): ServedBy | null {
  try {
    const note = JSON.parse(readFileSync(join(folder, SERVED_FILE), 'utf8')) as Partial<ServedBy>;
    const { pid, url } = note;
    if (typeof pid !== 'number' || typeof url !== 'string' || pid === process.pid) return null;
    return isAlive(pid) && pidIn(join(folder, LOCK_FILE)) === pid ? { pid, url } : null;
  } catch {
    // no note, no lock, or a note cut short: no server to name
    return null;
  }
}
