import { isAnnalsError } from '../../model/index.js';
import { queueTarget, type QueueTarget } from '../../ingest/queue/index.js';
import { openStore, type Store } from '../../store/index.js';

/** The store `--db` names, or null after one line on stderr saying why it cannot be opened. */
export async function openStoreOrReport(db: string | undefined): Promise<Store | null> {
  try {
    return await openStore(db);
  } catch (error) {
    const where = db ?? process.env.ANNALS_DB ?? '.annals';
    process.stderr.write(`annals: ${isAnnalsError(error) ? error.message : `${where}: cannot open the store: ${String(error)}`}\n`);
    return null;
  }
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
