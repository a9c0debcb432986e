/**
 * Strings kept as one UTF-8 buffer with offsets: no JS string exists for a row until it is read.
 * Over a SharedArrayBuffer, every worker thread of a pool reads the same bytes (200k names cost
 * ~2 MB once, instead of ~10 MB of strings per thread).
 */
export interface TextColumn {
  /** A Buffer view (decodes without copying, shared or not). */
  bytes: Buffer;
  /** Value i is `bytes[starts[i] .. starts[i + 1])`; one more entry than values. */
  starts: Int32Array;
}

/**
 * A column of few distinct values (country codes, admin codes, feature codes): one 16-bit code per
 * row into a list of values decoded once per thread.
 */
export interface CodeColumn {
  codes: Uint16Array;
  values: string[];
}

/**
 * Packs strings into a text column.
 * @example textAt(textColumn(['Gao', 'Tombouctou']), 1) === 'Tombouctou'
 */
export function textColumn(values: readonly string[]): TextColumn {
  const parts = values.map((v) => Buffer.from(v, 'utf8'));
  const starts = new Int32Array(values.length + 1);
  parts.forEach((p, i) => (starts[i + 1] = (starts[i] ?? 0) + p.length));
  return { bytes: Buffer.concat(parts), starts };
}

/**
 * Value i of a text column ('' past the end).
 * @example textAt(base.table.names, row) === 'Gao'
 */
export function textAt(column: TextColumn, i: number): string {
  const start = column.starts[i];
  const end = column.starts[i + 1];
  return start === undefined || end === undefined ? '' : column.bytes.toString('utf8', start, end);
}

/**
 * Every value of a text column, as strings.
 * @example textValues(textColumn(['ML', 'SY'])) // ['ML', 'SY']
 */
export function textValues(column: TextColumn): string[] {
  return Array.from({ length: column.starts.length - 1 }, (_, i) => textAt(column, i));
}

/**
 * Codes for strings that repeat (at most 65,536 distinct values: cities500 has 14,780 admin2 codes).
 * @example codeColumn(['ML', 'ML', 'SY']) // { codes: [0, 0, 1], values: ['ML', 'SY'] }
 */
export function codeColumn(values: readonly string[]): CodeColumn {
  const seen = new Map<string, number>();
  const codes = Uint16Array.from(values, (v) => {
    let code = seen.get(v);
    if (code === undefined) seen.set(v, (code = seen.size));
    return code;
  });
  if (seen.size > 65_536) throw new RangeError(`a code column holds at most 65,536 distinct values, not ${seen.size}`);
  return { codes, values: [...seen.keys()] };
}

/**
 * Value i of a code column ('' past the end).
 * @example codeAt(base.table.country, row) === 'ML'
 */
export function codeAt(column: CodeColumn, i: number): string {
  const code = column.codes[i];
  return code === undefined ? '' : (column.values[code] ?? '');
}
