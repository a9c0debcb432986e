import { describe, expect, it } from 'vitest';
import { interner } from '../../src/store/_interner.js';

describe('interner', () => {
  it.each([
    ['a name', 'Free Syrian Army'],
    ['an empty string', ''],
    ['a local id', 'e3'],
  ])('%s: equal strings give the first copy', (_, value) => {
    const intern = interner();
    const first = intern(value);
    expect(intern([...value].join(''))).toBe(first);
    expect(first).toBe(value);
  });

  it('null: null', () => {
    expect(interner()(null)).toBeNull();
  });
});
