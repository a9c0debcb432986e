import { resolve } from 'node:path';

/** Where a store lives: a PostgreSQL server by URL, or a PGlite data folder. */
export type StoreTarget = { kind: 'postgres'; url: string } | { kind: 'pglite'; folder: string };

/** The data folder when neither `--db` nor `ANNALS_DB` names one: `.annals/` in the working directory. */
export const DEFAULT_STORE_FOLDER = '.annals';

/**
 * Reads `--db`: given, else `ANNALS_DB`, else `.annals/` in the working directory. A `postgres://` or
 * `postgresql://` URL names a server; anything else is a folder path.
 * @example storeTarget('postgres://postgres@127.0.0.1:5432/annals') // { kind: 'postgres', url: … }
 * @example storeTarget(undefined, {}, '/work') // { kind: 'pglite', folder: '/work/.annals' }
 */
export function storeTarget(db?: string, env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): StoreTarget {
  const chosen = db || env.ANNALS_DB || DEFAULT_STORE_FOLDER;
  if (/^postgres(ql)?:\/\//i.test(chosen)) return { kind: 'postgres', url: chosen };
  return { kind: 'pglite', folder: resolve(cwd, chosen) };
}
