import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../src/store/_backend.js';
import { openPgBackend } from '../../src/store/_pgBackend.js';
import { openBackend } from '../../src/store/openBackend.js';
import { migrate } from '../../src/store/migrate.js';
import { migrations } from '../../src/store/migrations/index.js';
import { postgresTitle, skipPostgres, testSchema } from './_postgres.js';

const broken = { version: 99, name: 'broken', sql: 'create table half_done (x integer); select 1 / 0;' };

describe('migrate on PGlite', () => {
  const folder = mkdtempSync(join(tmpdir(), 'annals-migrate-'));
  let backend: Backend;
  beforeAll(async () => {
    backend = await openBackend({ kind: 'pglite', folder });
  });
  afterAll(async () => {
    await backend.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('applies nothing to a store that has every migration', async () => {
    expect(await migrate(backend)).toEqual([]);
  });

  it('leaves the schema as it was when a migration fails', async () => {
    await expect(migrate(backend, [...migrations, broken])).rejects.toThrow(/division by zero/);
    const [state] = await backend.query<{ latest: number; table: string | null }>(
      `select max(version) as latest, to_regclass('half_done')::text as table from schema_migrations`,
    );
    expect(state).toEqual({ latest: Math.max(...migrations.map((m) => m.version)), table: null });
  });
});

describe.skipIf(skipPostgres)(postgresTitle('migrate on PostgreSQL'), () => {
  it('lets one of two processes migrate a new schema while the other waits, then finds nothing to do', async () => {
    const schema = await testSchema();
    const [first, second] = [openPgBackend(schema.url), openPgBackend(schema.url)];
    try {
      const applied = await Promise.all([migrate(first), migrate(second)]);
      expect(applied.sort((a, b) => a.length - b.length)).toEqual([[], migrations.map((m) => m.version)]);
      const recorded = await first.query<{ version: number }>('select version from schema_migrations order by version');
      expect(recorded.map((r) => r.version)).toEqual(migrations.map((m) => m.version));
    } finally {
      await Promise.all([first.close(), second.close()]);
      await schema.drop();
    }
  });
});
