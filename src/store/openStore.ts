import { openBackend } from './openBackend.js';
import { storeOn } from './storeOn.js';
import { storeTarget } from './storeTarget.js';
import type { Store } from './types.js';

/**
 * Opens the record store and brings its schema up to date: a PGlite data folder (created if missing;
 * `.annals/` unless `db` or `ANNALS_DB` says otherwise), or a PostgreSQL server for a `postgres://` URL.
 * @example const store = await openStore(); await store.saveArticles([extraction]); await store.close()
 * @example const store = await openStore('postgres://postgres@127.0.0.1:5432/annals')
 */
export async function openStore(db?: string): Promise<Store> {
  return storeOn(await openBackend(storeTarget(db)));
}
