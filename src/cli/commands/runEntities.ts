import { isAnnalsError, type EntityKind } from '../../model/index.js';
import type { Store } from '../../store/index.js';
import { entityDetailLines, entityLine } from './_entityLines.js';
import { warnIfStale } from './_linkWarning.js';
import { apiCall, openStoreOrReport } from './_openStore.js';
import { endOut, out } from '../stdout.js';

export interface ListFlags {
  db?: string;
  kind?: string;
  q?: string;
  named?: boolean;
  limit?: number;
  json?: boolean;
}

// Usage errors exit 2, a store that fails 1; either way one line naming the problem.
async function withStore(db: string | undefined, api: string, work: (store: Store) => Promise<number>): Promise<number> {
  const store = await openStoreOrReport(db, api);
  if (!store) return 1;
  try {
    await warnIfStale(store);
    return await work(store);
  } catch (error) {
    if (!isAnnalsError(error)) throw error;
    process.stderr.write(`annals: entities: ${error.message}\n`);
    return error.code === 'usage' ? 2 : 1;
  } finally {
    await store.close();
  }
}

async function list(store: Store, flags: ListFlags): Promise<number> {
  const entities = await store.entities({
    ...(flags.kind === undefined ? {} : { kind: flags.kind as EntityKind }),
    ...(flags.q === undefined ? {} : { q: flags.q }),
    ...(flags.limit === undefined ? {} : { limit: flags.limit }),
    named: flags.named ?? false,
  });
  for (const e of entities) out(flags.json ? `${JSON.stringify(e)}\n` : `${entityLine(e)}\n`);
  await endOut();
  if (!flags.json) process.stderr.write(`annals: ${entities.length} entities from ${store.location}\n`);
  return 0;
}

const ENTITY_ID = /^E[0-9a-f]{10}$/;

// An id, else a name: the most widely named entity of exactly that name.
async function show(store: Store, wanted: string, json: boolean): Promise<number> {
  const byName = async () => (await store.entities({ q: wanted })).find((e) => e.name.toLowerCase() === wanted.toLowerCase())?.id;
  const id = ENTITY_ID.test(wanted) ? wanted : await byName();
  const entity = id === undefined ? null : await store.entity(id);
  if (!entity) {
    process.stderr.write(`annals: entities show: no entity ${JSON.stringify(wanted)} in ${store.location}\n`);
    return 1;
  }
  process.stdout.write(json ? `${JSON.stringify(entity)}\n` : `${entityDetailLines(entity).join('\n')}\n`);
  return 0;
}

/**
 * `annals entities [--kind --q --named --limit] [--json]` once its flags are read. Returns the exit status.
 * @example await runEntities({ kind: 'state', json: true })
 */
export async function runEntities(flags: ListFlags): Promise<number> {
  const api = apiCall('/api/entities', { kind: flags.kind, q: flags.q, named: flags.named ? 'true' : undefined });
  return withStore(flags.db, api, (store) => list(store, flags));
}

/**
 * `annals entities show ID|NAME [--json]` once its flags are read (`db`: its own `--db`, else the parent's).
 * Returns the exit status.
 * @example await runEntityShow('MOJWA', { json: false })
 */
export async function runEntityShow(id: string, flags: { db?: string | undefined; json?: boolean }): Promise<number> {
  const api = ENTITY_ID.test(id) ? `/api/entities/${id}` : apiCall('/api/entities', { q: id });
  return withStore(flags.db, api, (store) => show(store, id, flags.json ?? false));
}
