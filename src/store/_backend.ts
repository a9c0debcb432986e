/** What the store asks of a connection: the same calls on PGlite and on `pg`. */
export interface Queryable {
  /** One statement with `$n` parameters; rows as objects. */
  query<T>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Several statements, no parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Backend extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** The data folder, or the server URL without its password. */
  readonly location: string;
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
