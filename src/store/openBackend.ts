import { existsSync } from 'node:fs';
import { AnnalsError } from '../model/index.js';
import type { Backend } from './_backend.js';
import { openPgBackend, redactUrl } from './_pgBackend.js';
import { isNewStore, openPgliteBackend } from './_pgliteBackend.js';
import { pgliteTemplatePath } from './_pgliteTemplate.js';
import { makeTemplate } from './makeTemplate.js';
import { migrate } from './migrate.js';
import { migrations } from './migrations/index.js';
import type { StoreTarget } from './storeTarget.js';

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

async function openEmbedded(folder: string): Promise<Backend> {
  const template = pgliteTemplatePath(migrations);
  // initdb in a child (see makeTemplate); should that fail, this process runs it as before
  if (!existsSync(template) && (await isNewStore(folder))) await makeTemplate(template).catch(() => undefined);
  const backend = await openPgliteBackend(folder, template);
  try {
    const applied = await migrate(backend, migrations);
    // Every migration applied: a new store not made from a template, so keep one for the next.
    if (applied.length === migrations.length) await backend.saveTemplate(template).catch(() => undefined);
    return backend;
  } catch (error) {
    await backend.close().catch(() => undefined);
    throw error;
  }
}

async function openServer(url: string): Promise<Backend> {
  const backend = openPgBackend(url);
  try {
    await migrate(backend, migrations);
    return backend;
  } catch (error) {
    await backend.close().catch(() => undefined);
    throw error;
  }
}

/**
 * A connection to the store's target with its schema up to date; failures name the folder or URL
 * (without its password).
 * @example const backend = await openBackend(storeTarget('.annals'))
 */
export async function openBackend(target: StoreTarget): Promise<Backend> {
  try {
    return target.kind === 'postgres' ? await openServer(target.url) : await openEmbedded(target.folder);
  } catch (cause) {
    const where = target.kind === 'postgres' ? redactUrl(target.url) : target.folder;
    throw new AnnalsError('unreadable', where, `cannot open the store: ${messageOf(cause)}`, { cause });
  }
}
