import { describe, expect, it } from 'vitest';
import { memoized } from '../../src/resolve/_memo.js';

describe('memoized', () => {
  it('answers as the function does, asking it once per word', () => {
    const asked: string[] = [];
    const upper = memoized((word) => (asked.push(word), word === 'French' ? 'FR' : null));
    expect(['French', 'Gao', 'French', 'Gao', 'French'].map(upper)).toEqual(['FR', null, 'FR', null, 'FR']);
    expect(asked).toEqual(['French', 'Gao']);
  });

  it('remembers a null or false answer too', () => {
    let calls = 0;
    const never = memoized(() => (calls++, false));
    never('Konna');
    never('Konna');
    expect(calls).toBe(1);
  });

  it('empties its table at the limit, and still answers', () => {
    const asked: string[] = [];
    const length = memoized((word) => (asked.push(word), word.length), 2);
    expect(['Gao', 'Kidal', 'Mopti', 'Gao'].map(length)).toEqual([3, 5, 5, 3]);
    expect(asked).toEqual(['Gao', 'Kidal', 'Mopti', 'Gao']);
  });
});
