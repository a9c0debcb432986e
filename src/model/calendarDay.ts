/**
 * Whether `iso` is `YYYY-MM-DD` naming a day the calendar has: no 30 February, no year 0.
 * @example isCalendarDay('2024-03-12') === true; isCalendarDay('2023-02-29') === false
 */
export function isCalendarDay(iso: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || iso.startsWith('0000')) return false;
  const parsed = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === iso;
}
