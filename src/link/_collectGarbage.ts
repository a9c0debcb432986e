import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * A full garbage collection now. V8 collects a heap that is not under pressure only when it next
 * allocates much: after an ingest, its garbage and the gazetteer base layer its threads shared
 * (41 MB, unreferenced) stayed resident through the whole link step; in the link thread, what
 * computing left behind stayed while the rows were saved. Node exposes `gc` only under a flag,
 * which is set here for it.
 * @example collectGarbage() // before linking, and between computing the links and saving them
 */
export function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}
