// Rows of cells as aligned columns; numbers are formatted by the caller.

/**
 * @example console.log(formatTable([['a', 'b'], ['1', '22']]))
 */
export function formatTable(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i] ?? '').length)));
  const line = (r) => r.map((c, i) => String(c ?? '').padEnd(widths[i])).join('  ').trimEnd();
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

/** A figure with `digits` decimals, or '—' where none was measured. */
export function fixed(value, digits) {
  return value === null || value === undefined || !Number.isFinite(value) ? '—' : value.toFixed(digits);
}

/** Seconds since `t0` (from `process.hrtime.bigint()`). */
export function since(t0) {
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

/** A progress line on stderr, so that stdout holds only the figures. */
export function progress(message) {
  process.stderr.write(`bench: ${message}\n`);
}
