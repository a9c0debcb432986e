import { describe, expect, it } from 'vitest';
import type { MentionDraft } from '../../../src/recognise/recogniser.js';
import { earlierNames } from '../../../src/recognise/names/_earlierNames.js';

function name(kind: 'place' | 'person' | 'actor', text: string): MentionDraft {
  return { kind, span: { start: 0, end: text.length }, rule: 'test', stated: true, sentence: 0, value: { name: text, role: null, aliasOf: null }, entity: null };
}

describe('earlierNames', () => {
  it('gathers places and persons, and what is appended later', () => {
    const earlier = [name('place', 'Gao'), name('actor', 'MOJWA'), name('person', 'Jean-Yves Le Drian')];
    expect([...earlierNames(earlier).places]).toEqual(['Gao']);
    earlier.push(name('place', 'Kidal'), name('person', 'Zakir Hasanov'));
    const names = earlierNames(earlier);
    expect([...names.places]).toEqual(['Gao', 'Kidal']);
    expect(names.persons).toEqual(['Jean-Yves Le Drian', 'Zakir Hasanov']);
  });

  it('starts again on a list that shrank', () => {
    const earlier = [name('place', 'Gao'), name('place', 'Kidal')];
    earlierNames(earlier);
    earlier.splice(0, 2, name('place', 'Mopti'));
    expect([...earlierNames(earlier).places]).toEqual(['Mopti']);
  });
});
