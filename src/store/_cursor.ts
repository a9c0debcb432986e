import { AnnalsError } from '../model/index.js';

/** Where an event sits in the reading order: date (9999-12-31 when undated), article key, ordinal. */
export type EventPosition = readonly [date: string, articleKey: number, ordinal: number];

/**
 * The opaque cursor of an event's position.
 * @example encodeCursor(['2013-01-13', 1, 0]) === 'WyIyMDEzLTAxLTEzIiwxLDBd'
 */
export function encodeCursor(position: EventPosition): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

/**
 * The position a cursor names; a cursor this store did not make is refused.
 * @example decodeCursor('WyIyMDEzLTAxLTEzIiwxLDBd') // ['2013-01-13', 1, 0]
 */
export function decodeCursor(cursor: string): EventPosition {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    value = null;
  }
  if (Array.isArray(value) && value.length === 3) {
    const [date, key, ordinal] = value as unknown[];
    if (typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date) && Number.isInteger(key) && Number.isInteger(ordinal)) {
      return [date, key as number, ordinal as number];
    }
  }
  throw new AnnalsError('usage', `after ${JSON.stringify(cursor)}`, 'not a cursor this store gave');
}
