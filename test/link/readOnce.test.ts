import { describe, expect, it } from 'vitest';
import { readOnce } from '../../src/link/_readOnce.js';

describe('readOnce', () => {
  it('makes the rows as they are read, and refuses a second reading instead of yielding nothing', () => {
    let made = 0;
    const rows = readOnce(function* () {
      for (const n of [1, 2, 3]) {
        made++;
        yield n;
      }
    });
    expect(made).toBe(0);
    const it = rows[Symbol.iterator]();
    expect(it.next()).toEqual({ value: 1, done: false });
    expect(made).toBe(1);
    expect([...{ [Symbol.iterator]: () => it }]).toEqual([2, 3]);
    expect(() => [...rows]).toThrow(/read already/);
  });
});
