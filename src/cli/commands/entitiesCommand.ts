import { isAnnalsError, type EntityKind } from '../../model/index.js';
import type { Store } from '../../store/index.js';
import { wholeNumber } from '../numberOption.js';
import { entityDetailLines, entityLine } from './_entityLines.js';
import { warnIfStale } from './_linkWarning.js';
import { apiCall, openStoreOrReport } from './_openStore.js';
import type { CommandContext } from './registry.js';
import { endOut, out } from '../stdout.js';

interface ListFlags {
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
 * Registers `annals entities [--kind --q --named --limit] [--json]` (canonical entities across
 * articles with article and event counts) and `annals entities show ID|NAME [--json]` (every
 * member and why it belongs).
 * @example registerEntities({ program, setStatus, verbose })
 */
export function registerEntities({ program, setStatus }: CommandContext): void {
  const entities = program
    .command('entities')
    .description('canonical entities across articles (a link run makes them) with article and event counts; `entities show ID` explains each merge')
    .option('--db <db>', 'a PGlite data folder or a postgres:// URL (default: $ANNALS_DB, else .annals/)')
    .option('--kind <kind>', 'state, armed_group, military_unit, person, civilians, place or equipment')
    .option('--q <words>', 'words in the name or any alias (case, accents and punctuation ignored)')
    .option('--named', 'leave out bare common nouns ("rebels"), which are never merged')
    .option('--limit <n>', 'at most this many', wholeNumber(0))
    .option('--json', 'one JSON document per entity per line')
    .action(async (flags: ListFlags) => {
      const api = apiCall('/api/entities', { kind: flags.kind, q: flags.q, named: flags.named ? 'true' : undefined });
      setStatus(await withStore(flags.db, api, (store) => list(store, flags)));
    });
  entities
    .command('show')
    .description('one canonical entity: every article that names it, the rule and evidence that merged each, and each alias with what read it')
    .argument('<id>', 'an entity id (E…) or an exact name')
    .option('--db <db>', 'a PGlite data folder or a postgres:// URL (default: $ANNALS_DB, else .annals/)')
    .option('--json', 'one JSON document')
    .action(async (id: string, flags: { db?: string; json?: boolean }) => {
      const api = ENTITY_ID.test(id) ? `/api/entities/${id}` : apiCall('/api/entities', { q: id });
      setStatus(await withStore(flags.db ?? entities.opts<{ db?: string }>().db, api, (store) => show(store, id, flags.json ?? false)));
    });
}
