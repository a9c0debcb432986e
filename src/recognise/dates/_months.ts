/** Full English month names, capitalised as prose writes them ("march" is a verb, "May" sometimes a name). */
export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** A regex source for one full month name, capitalised. */
export const MONTH = `(?:${MONTH_NAMES.join('|')})`;

/** 1–12 for a full month name, or 0 when it is none. */
export function monthNumber(name: string): number {
  return MONTH_NAMES.indexOf(name as (typeof MONTH_NAMES)[number]) + 1;
}
