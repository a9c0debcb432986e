import { randomBytes } from 'node:crypto';
import pg from 'pg';

// PGHOST and PGPORT move it, e.g. PGPORT=1 to see the skip.
const host = process.env.PGHOST ?? '127.0.0.1';
const port = Number(process.env.PGPORT ?? 5432);
const user = process.env.PGUSER ?? 'postgres';
const SERVER = `postgres://${user}@${host}:${port}/test`;

/** Whether the test server answers within two seconds. */
export async function postgresAnswers(): Promise<boolean> {
  const client = new pg.Client({ connectionString: SERVER, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const up = await postgresAnswers();

/** Skip PostgreSQL tests when no server answers, except in CI, where they must fail instead. */
export const skipPostgres = !up && !process.env.CI;
if (skipPostgres) console.warn(`PostgreSQL tests skipped: no server answers at ${host}:${port} (with CI set they fail instead)`);
/** The describe title: says why when the tests are skipped. */
export const postgresTitle = (title: string): string =>
  skipPostgres ? `${title} — skipped: no PostgreSQL at ${host}:${port} (with CI set this fails)` : title;

/** A fresh schema of its own for one test file (so parallel files don't clash), and its URL. */
export async function testSchema(): Promise<{ url: string; drop: () => Promise<void> }> {
  const schema = `annals_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: SERVER });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  return {
    url: `${SERVER}?options=${encodeURIComponent(`-c search_path=${schema}`)}`,
    drop: async () => {
      const client = new pg.Client({ connectionString: SERVER });
      await client.connect();
      await client.query(`drop schema ${schema} cascade`);
      await client.end();
    },
  };
}
