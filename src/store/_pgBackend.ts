import pg from 'pg';
import type { Backend, Queryable } from './_backend.js';

function queryable(client: pg.Pool | pg.PoolClient): Queryable {
  return {
    query: async <T>(sql: string, params: readonly unknown[] = []) => (await client.query(sql, [...params])).rows as T[],
    exec: async (sql) => {
      await client.query(sql);
    },
  };
}

/** The URL with its password masked, for messages. */
export function redactUrl(url: string): string {
  return url.replace(/^(postgres(?:ql)?:\/\/[^:/@]*:)[^@]*@/i, '$1***@');
}

/**
 * A PostgreSQL server through a `pg` pool; `?options=-c search_path=…` in the URL picks a schema.
 * @example const backend = openPgBackend('postgres://postgres@127.0.0.1:5432/annals')
 */
export function openPgBackend(url: string): Backend {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  // An idle client the server dropped must not crash the process: the next query reports it.
  pool.on('error', () => undefined);
  return {
    kind: 'postgres',
    location: redactUrl(url),
    ...queryable(pool),
    transaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await work(queryable(client));
        await client.query('commit');
        client.release();
        return result;
      } catch (error) {
        // A failed rollback means a broken connection: destroy it rather than return it to the pool.
        await client.query('rollback').then(() => client.release(), (broken: Error) => client.release(broken));
        throw error;
      }
    },
    close: () => pool.end(),
  };
}
