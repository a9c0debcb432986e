import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/model/index.js';
import { openStore } from '../../src/store/index.js';
import { pgliteTemplatePath } from '../../src/store/_pgliteTemplate.js';
import { openBackend } from '../../src/store/openBackend.js';
import { migrations } from '../../src/store/migrations/index.js';
import { storeOn } from '../../src/store/storeOn.js';
import { storeTarget } from '../../src/store/storeTarget.js';
import { extract, SEED } from './_extractions.js';

describe('openStore on a PGlite folder', () => {
  const root = mkdtempSync(join(tmpdir(), 'annals-open-'));
  const folder = join(root, 'nested', 'store');
  let seed: Extraction;
  beforeAll(async () => {
    [seed] = (await extract(SEED)) as [Extraction];
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('creates a missing folder, brings its schema up to date and stores', async () => {
    const store = await openStore(folder);
    expect([store.kind, store.location]).toEqual(['pglite', folder]);
    expect(existsSync(join(folder, 'PG_VERSION'))).toBe(true);
    expect(await store.saveArticles([seed])).toEqual(['stored']);
    await store.close();
  });

  it('reopens the folder ANNALS_DB names, with what was saved and every migration recorded once', async () => {
    const previous = process.env.ANNALS_DB;
    process.env.ANNALS_DB = folder;
    try {
      const backend = await openBackend(storeTarget());
      const recorded = await backend.query<{ version: number; name: string }>('select version, name from schema_migrations order by version');
      expect(recorded).toEqual(migrations.map(({ version, name }) => ({ version, name })));
      expect(await storeOn(backend).article(seed.id)).toEqual(seed);
      await backend.close();
    } finally {
      if (previous === undefined) delete process.env.ANNALS_DB;
      else process.env.ANNALS_DB = previous;
    }
  });

  it('starts a new folder from the kept template, and it keeps what is saved', async () => {
    expect(existsSync(pgliteTemplatePath(migrations))).toBe(true);
    const other = join(root, 'other');
    const store = await openStore(other);
    expect((await store.counts()).articles).toBe(0);
    // the template's tarball holds the lock file of the run that made it: ours must be there instead
    expect(readFileSync(join(other, 'annals.lock'), 'utf8')).toBe(String(process.pid));
    await store.saveArticles([seed]);
    await store.close();
    const reopened = await openStore(other);
    expect(await reopened.article(seed.id)).toEqual(seed);
    await reopened.close();
  });

  it('refuses a second open of a folder in use, then opens it once it is closed', async () => {
    const store = await openStore(folder);
    await expect(openStore(folder)).rejects.toMatchObject({ code: 'unreadable', message: expect.stringContaining('open in this process') });
    await store.close();
    expect(existsSync(join(folder, 'annals.lock'))).toBe(false);
    await (await openStore(folder)).close();
  });

  it('refuses a folder another live process holds', async () => {
    writeFileSync(join(folder, 'annals.lock'), '1');
    await expect(openStore(folder)).rejects.toMatchObject({ code: 'unreadable', message: expect.stringContaining('open in process 1;') });
    rmSync(join(folder, 'annals.lock'));
  });

  it('takes over the lock of a process that is gone (kill -9)', async () => {
    writeFileSync(join(folder, 'annals.lock'), String(spawnSync('true').pid));
    const store = await openStore(folder);
    expect(await store.article(seed.id)).toEqual(seed);
    await store.close();
  });

  it('creates again a store killed while its template was being unpacked, moving the half-made one aside', async () => {
    const half = join(root, 'half');
    mkdirSync(join(half, 'base'), { recursive: true });
    // what a kill leaves mid-unpack: our marker, PGlite's first files and no catalog
    writeFileSync(join(half, 'annals.creating'), '');
    writeFileSync(join(half, 'PG_VERSION'), '18\n');
    writeFileSync(join(half, 'postgresql.conf'), '');
    const store = await openStore(half);
    expect(await store.saveArticles([seed])).toEqual(['stored']);
    await store.close();
    expect(existsSync(join(half, 'annals.creating'))).toBe(false);
    const aside = readdirSync(root).filter((name) => name.startsWith('half.unfinished-'));
    expect(aside).toHaveLength(1);
    expect(readdirSync(join(root, aside[0] as string)).sort()).toEqual(['PG_VERSION', 'annals.creating', 'base', 'postgresql.conf']);
  });

  it('fails loudly on a finished store that cannot be opened, and leaves it where it is', async () => {
    const broken = join(root, 'broken');
    mkdirSync(join(broken, 'base'), { recursive: true });
    writeFileSync(join(broken, 'PG_VERSION'), '18\n');
    await expect(openStore(broken)).rejects.toMatchObject({ code: 'unreadable', message: expect.stringContaining(broken) });
    expect(existsSync(join(broken, 'PG_VERSION'))).toBe(true);
    expect(readdirSync(root).some((name) => name.startsWith('broken.unfinished-'))).toBe(false);
  });

  it('refuses a folder it cannot create, naming it', async () => {
    await expect(openStore('/dev/null/annals-store')).rejects.toMatchObject({ code: 'unreadable', message: expect.stringContaining('/dev/null/annals-store') });
  });

  it('refuses a server that does not answer, naming it without its password', async () => {
    const opening = openStore('postgres://annals:secret@127.0.0.1:1/annals');
    await expect(opening).rejects.toMatchObject({ code: 'unreadable', message: expect.stringContaining('postgres://annals:***@127.0.0.1:1/annals') });
    await expect(opening).rejects.not.toThrow('secret');
  });
});
