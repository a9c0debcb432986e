/**
 * A date PostgreSQL's `date` takes, or null: the JSON keeps what the pipeline wrote, the column only
 * real calendar days (no year 0, no 30 February).
 * @example sqlDate('2013-01-13') === '2013-01-13'
 * @example sqlDate('2013-02-30') === null
 */
export function sqlDate(iso: string | null | undefined): string | null {
  if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso) || iso.startsWith('0000')) return null;
  const parsed = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === iso ? iso : null;
}

/** Distinct strings, first seen first. */
export function distinct(values: readonly string[]): string[] {
  return [...new Set(values)];
}
