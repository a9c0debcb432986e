import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, type EventPosition } from '../../src/store/_cursor.js';

describe('cursor', () => {
  it.each<EventPosition>([
    ['2013-01-13', 1, 0],
    ['9999-12-31', 123456, 49],
  ])('gives back the position %s/%i/%i', (...position) => {
    expect(decodeCursor(encodeCursor(position))).toEqual(position);
  });

  it.each(['', 'nonsense', encodeCursor(['13 January', 1, 0] as unknown as EventPosition), Buffer.from('[1,2]').toString('base64url')])(
    'refuses %j as a usage error',
    (cursor) => {
      expect(() => decodeCursor(cursor)).toThrow(expect.objectContaining({ code: 'usage' }));
    },
  );
});
