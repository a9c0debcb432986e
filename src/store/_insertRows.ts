import type { Queryable } from './_backend.js';

/** How rows of one table arrive: fields copied to columns of the same name, and columns computed in SQL. */
export interface TableSpec {
  table: string;
  /** Column → SQL type; the row's field of that name fills it. */
  columns: Readonly<Record<string, string>>;
  /** Column → SQL expression over `x.<field>`, with the types of the fields it reads. */
  computed?: { columns: Readonly<Record<string, string>>; fields: Readonly<Record<string, string>> };
}

export type Row = Record<string, unknown>;

/** The one statement that inserts any number of rows of a table from a JSON array parameter. */
export function insertSql(spec: TableSpec): string {
  const fields = { ...spec.columns, ...spec.computed?.fields };
  const definitions = Object.entries(fields).map(([name, type]) => `"${name}" ${type}`);
  const targets = [...Object.keys(spec.columns), ...Object.keys(spec.computed?.columns ?? {})].map((c) => `"${c}"`);
  const values = [...Object.keys(spec.columns).map((c) => `x."${c}"`), ...Object.values(spec.computed?.columns ?? {})];
  return `insert into ${spec.table} (${targets.join(', ')})
    select ${values.join(', ')} from json_to_recordset($1::json) as x(${definitions.join(', ')})`;
}

/**
 * The rows as JSON arrays of at most ~`maxChars` characters each (a row longer than that alone).
 * Rows are measured one by one: a table's rows can differ a thousandfold (a canonical entity named
 * by every article holds every member), so slices sized from an average would not bound a statement.
 * They are read as the chunks are made, so a generator's rows need never be held all at once.
 * @example [...jsonChunks([{ a: 1 }, { a: 2 }], 8)] // ['[{"a":1}]', '[{"a":2}]']
 */
export function* jsonChunks(rows: Iterable<Row>, maxChars: number): Generator<string> {
  let parts: string[] = [];
  let chars = 0;
  for (const row of rows) {
    const json = JSON.stringify(row);
    if (parts.length > 0 && chars + json.length > maxChars) {
      yield `[${parts.join(',')}]`;
      parts = [];
      chars = 0;
    }
    parts.push(json);
    chars += json.length + 1;
  }
  if (parts.length > 0) yield `[${parts.join(',')}]`;
}

/**
 * Characters of JSON one statement carries. PGlite's WASM memory grows to the largest statement it
 * has run and never shrinks: the link step's 300k entity members as one parameter took it from
 * 146 to 499 MB. In 1 Mi-character statements a batch costs a few statements more and nothing else;
 * at 4 Mi the link step's chunks (strings and their copies on the way to the database) took ~90 MB
 * more of RSS before V8 collected them, for ~5% less time saving.
 */
export const STATEMENT_CHARS = 1024 * 1024;

/**
 * Inserts rows in multi-row statements (a statement per row is ~50× slower in PGlite), each of at
 * most `STATEMENT_CHARS` of JSON. The rows travel as one JSON parameter per statement, so there is
 * no limit on parameters, and `json` columns keep their text. `where` (SQL over `x`) filters them.
 * @example await insertRows(tx, checksTable, [{ article_key: 1, seq: 0, field: 'Date', … }])
 */
export async function insertRows(tx: Queryable, spec: TableSpec, rows: Iterable<Row>, where = ''): Promise<void> {
  const sql = where ? `${insertSql(spec)} where ${where}` : insertSql(spec);
  for (const json of jsonChunks(rows, STATEMENT_CHARS)) await tx.query(sql, [json]);
}
