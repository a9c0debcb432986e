import type { Backend } from './_backend.js';
import { migrations as allMigrations, type Migration } from './migrations/index.js';

/**
 * Applies the migrations a store lacks, in one transaction. An advisory lock per schema makes a second
 * process opening the same store wait, then find nothing left to do.
 * @example await migrate(backend) // [1, 2, 3] on a new store, [] afterwards
 */
export async function migrate(backend: Backend, migrations: readonly Migration[] = allMigrations): Promise<number[]> {
  return backend.transaction(async (tx) => {
    await tx.query(`select pg_advisory_xact_lock(hashtext('annals:migrate:' || current_schema()))`);
    await tx.exec(`create table if not exists schema_migrations (
      version integer primary key, name text not null, applied_at timestamptz not null default now())`);
    const done = await tx.query<{ version: number }>('select version from schema_migrations');
    const applied = new Set(done.map((row) => row.version));
    const pending = migrations.filter((m) => !applied.has(m.version));
    for (const migration of pending) {
      await tx.exec(migration.sql);
      await tx.query('insert into schema_migrations (version, name) values ($1, $2)', [migration.version, migration.name]);
    }
    return pending.map((m) => m.version);
  });
}
