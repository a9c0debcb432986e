import { describe, expect, it } from 'vitest';
import { abbreviationCost } from '../../../src/recognise/index.js';

describe('abbreviationCost: which long form an acronym fits best', () => {
  it.each([
    ['FSA', 'Free Syrian Army', 0],
    ['MOJWA', 'Movement for Oneness and Jihad in West Africa', 0],
    // the French order of the initials still fits, at a cost
    ['MNLA', 'National Movement for the Liberation of Azawad', 5],
    ['FSA', 'Syrian Armed Forces', 5],
    ['ISIS', 'Islamic State of Iraq and the Levant', 11],
    ['FSA', 'Islamic Front', null],
  ])('%s for %j costs %j', (short, long, cost) => {
    expect(abbreviationCost(short, long)).toBe(cost);
  });

  it('prefers the long form with its initials in order (the Hama offensive names both)', () => {
    expect(abbreviationCost('FSA', 'Free Syrian Army')).toBeLessThan(abbreviationCost('FSA', 'Syrian Armed Forces') ?? Infinity);
  });
});
