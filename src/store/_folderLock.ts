import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The file that says which process has a PGlite folder open. */
export const LOCK_FILE = 'annals.lock';

// Folders this process holds: a lock naming our own pid but not among these is a crashed run's.
const held = new Set<string>();

/** Whether a process of that id runs (one of another user's counts). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A folder held by this process. */
export interface FolderLock {
  /** Writes our pid again: loading a template tarball brings the lock file of the run that made it. */
  reassert(): Promise<void>;
  release(): Promise<void>;
}

/**
 * Takes a PGlite folder for this process, or says who holds it: PGlite has no lock of its own, and
 * two instances on one folder corrupt it. A lock left by a process that is gone (kill -9) is taken over.
 * @example const lock = await lockFolder('.annals'); …; await lock.release()
 */
export async function lockFolder(folder: string): Promise<FolderLock> {
  const path = join(folder, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await writeFile(path, String(process.pid), { flag: 'wx' });
      held.add(path);
      return {
        reassert: () => writeFile(path, String(process.pid)),
        release: async () => {
          held.delete(path);
          await rm(path, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = Number((await readFile(path, 'utf8').catch(() => '')).trim());
    const live = Number.isInteger(holder) && holder > 0 && isAlive(holder) && (holder !== process.pid || held.has(path));
    if (live) {
      const who = holder === process.pid ? 'this process' : `process ${holder}`;
      throw new Error(`the store is open in ${who}; an embedded store serves one process at a time (a PostgreSQL server serves many)`);
    }
    await rm(path, { force: true });
  }
  throw new Error(`could not take ${path}`);
}
