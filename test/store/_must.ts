/** The value, or a failed test saying what the fixtures lacked. */
export function must<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`the fixtures have no ${what}`);
  return value;
}
