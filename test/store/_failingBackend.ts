import type { Backend, Queryable } from '../../src/store/_backend.js';

/** The backend with its transactions failing at their `nth` statement, as a crash mid-batch would. */
export function failingAt(backend: Backend, nth: number): Backend {
  return {
    ...backend,
    transaction: (work) =>
      backend.transaction((tx) => {
        let statements = 0;
        const step = () => {
          if (++statements === nth) throw new Error(`interrupted at statement ${nth}`);
        };
        const failing: Queryable = {
          query: async <T>(sql: string, params?: readonly unknown[]) => {
            step();
            return tx.query<T>(sql, params);
          },
          exec: async (sql) => {
            step();
            return tx.exec(sql);
          },
        };
        return work(failing);
      }),
  };
}
