import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import type { Backend, Queryable } from './_backend.js';
import { LOCK_FILE, lockFolder } from './_folderLock.js';
import { SERVED_FILE } from './servedBy.js';
import { unpackTemplate } from './_unpackTemplate.js';

interface PgliteLike {
  query<T>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
  exec(sql: string): Promise<unknown>;
}

function queryable(db: PgliteLike): Queryable {
  return {
    query: async <T>(sql: string, params: readonly unknown[] = []) => (await db.query<T>(sql, [...params])).rows,
    exec: async (sql) => {
      await db.exec(sql);
    },
  };
}

/** An embedded backend, and a way to keep its data folder as a template for new stores. */
export interface PgliteBackend extends Backend {
  /** Writes the data folder as a gzipped tarball (atomically: a reader never sees half a file). */
  saveTemplate(path: string): Promise<void>;
}

// Present while PGlite creates a store (initdb, or a template unpacked file by file): a folder that
// still has it was killed half-made. Removed before anything is saved, so no template carries it.
const CREATING_FILE = 'annals.creating';
// Files of ours beside PGlite's, which do not make a folder a store.
const OUR_FILES = new Set([LOCK_FILE, CREATING_FILE, SERVED_FILE]);

async function isEmpty(folder: string): Promise<boolean> {
  return (await readdir(folder)).every((name) => OUR_FILES.has(name));
}

/**
 * What a data folder holds, for commands that read a store and must not make one: nothing there,
 * no finished store (empty, another folder, or killed half-made), or a store.
 * @example embeddedStoreState('/no/such/dir') === 'missing'
 */
export function embeddedStoreState(folder: string): 'missing' | 'no-store' | 'store' {
  if (!existsSync(folder)) return 'missing';
  return existsSync(join(folder, 'PG_VERSION')) && !existsSync(join(folder, CREATING_FILE)) ? 'store' : 'no-store';
}

/** Whether opening `folder` would create a store: missing, empty, or killed half-made. */
export async function isNewStore(folder: string): Promise<boolean> {
  return !existsSync(folder) || existsSync(join(folder, CREATING_FILE)) || (await isEmpty(folder));
}

// An embedded store shares its process with extraction: buffers sized for one writer, not a server
// (measured on reopening a store: 299 MB RSS with PostgreSQL's defaults, 178 MB with these).
const SMALL_MEMORY = ['shared_buffers=16MB', 'work_mem=4MB', 'maintenance_work_mem=16MB', 'wal_buffers=1MB'];

// Imported lazily so that a server-only run never loads the WASM build.
async function startPglite(folder: string, template: string | undefined): Promise<PGlite> {
  const { PGlite } = await import('@electric-sql/pglite');
  if (template && existsSync(template) && (await isEmpty(folder))) {
    try {
      // unpacked by us, then opened as an existing store: PGlite's `loadDataDir` would unpack it
      // through its WASM memory, which keeps ~80 MB more for the life of the process
      await unpackTemplate(template, folder, OUR_FILES);
      return await PGlite.create({ dataDir: folder, postgresqlconf: SMALL_MEMORY });
    } catch {
      // A template this PGlite cannot load: drop it, empty the folder again, and run initdb instead.
      await rm(template, { force: true });
      for (const name of await readdir(folder)) if (!OUR_FILES.has(name)) await rm(join(folder, name), { recursive: true, force: true });
    }
  }
  return PGlite.create({ dataDir: folder, postgresqlconf: SMALL_MEMORY });
}

/**
 * Opens the folder, creating the store in it when it is empty. A store killed while being created
 * cannot be opened, and (never having held a saved article) is moved aside to
 * `<folder>.unfinished-<time>` and created again. A store that was ever finished fails loudly instead.
 */
async function startOrRecreate(folder: string, template: string | undefined): Promise<PGlite> {
  if (existsSync(join(folder, CREATING_FILE))) await moveAside(folder);
  if (!(await isEmpty(folder))) return startPglite(folder, template);
  await writeFile(join(folder, CREATING_FILE), '');
  const db = await startPglite(folder, template);
  await rm(join(folder, CREATING_FILE));
  return db;
}

async function moveAside(folder: string): Promise<void> {
  const aside = `${folder}.unfinished-${Date.now()}`;
  await mkdir(aside);
  for (const name of await readdir(folder)) if (name !== LOCK_FILE) await rename(join(folder, name), join(aside, name));
}

/**
 * PostgreSQL in WASM over a data folder, created if missing (from `template` when that file exists
 * and the folder is empty). One process at a time may open a folder; a second is refused.
 * @example const backend = await openPgliteBackend('.annals')
 */
export async function openPgliteBackend(folder: string, template?: string): Promise<PgliteBackend> {
  await mkdir(folder, { recursive: true });
  const lock = await lockFolder(folder);
  const db = await startOrRecreate(folder, template).catch(async (error: unknown) => {
    await lock.release();
    throw error;
  });
  await lock.reassert();
  return {
    kind: 'pglite',
    location: folder,
    ...queryable(db),
    transaction: (work) => db.transaction((tx) => work(queryable(tx))),
    close: async () => {
      await db.close();
      await lock.release();
    },
    saveTemplate: async (path) => {
      const dump = await db.dumpDataDir('gzip');
      await mkdir(dirname(path), { recursive: true });
      const partial = `${path}.${process.pid}.partial`;
      await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
      await rename(partial, path);
    },
  };
}
