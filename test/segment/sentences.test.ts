import { describe, expect, it } from 'vitest';
import { segmentStretch } from '../../src/segment/index.js';

function sentencesOf(text: string): string[] {
  return segmentStretch(text, { start: 0, end: text.length }).map((s) => text.slice(s.span.start, s.span.end));
}

describe('segmentStretch keeps together', () => {
  it.each([
    ['On Jan. 5, 2013 the town fell.'],
    ['The U.S. Army attacked the town.'],
    ['Lt. Col. John A. Smith led the attack.'],
    ['The fort was built c. 1850 by settlers.'],
    ['He fled to St. Louis with his men.'],
    ['J. R. R. Tolkien served at the Somme.'],
    ['The rate rose to 3.5 per cent in March.'],
    ['Gen. Bashar al-Zoubi (Southern Front leader) fled.'],
    ['He said "We won. They lost." and left.'],
    ['Le Drian stated that “the camps were destroyed. The rear bases too.” on Sunday.'],
    ['It happened at approx. 5 km from the border.'],
  ])('%s', (text) => {
    expect(sentencesOf(text)).toEqual([text]);
  });
});

describe('segmentStretch splits', () => {
  it.each([
    ['Gao fell. Kidal fell next.', ['Gao fell.', 'Kidal fell next.']],
    ['The U.S. Army attacked. The rebels fled.', ['The U.S. Army attacked.', 'The rebels fled.']],
    ['He said "We won." The rebels fled.', ['He said "We won."', 'The rebels fled.']],
    ['Sixty died? Residents said so! Nobody denied it.', ['Sixty died?', 'Residents said so!', 'Nobody denied it.']],
  ])('%s', (text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });
});

describe('segmentStretch spans', () => {
  it('points into the whole text, not the stretch', () => {
    const text = '= T =\n\nGao fell. Kidal fell next.\n';
    const [first, second] = segmentStretch(text, { start: 7, end: 33 });
    expect(text.slice(first?.span.start, first?.span.end)).toBe('Gao fell.');
    expect(text.slice(second?.span.start, second?.span.end)).toBe('Kidal fell next.');
    expect(first?.tokens?.map((t) => text.slice(t.span.start, t.span.end))).toEqual(['Gao', 'fell', '.']);
  });

  it('keeps spans exact around characters wink normalises', () => {
    const text = 'The strike — at 4:30pm — killed “sixty” jihadists… Residents cheered.';
    for (const sentence of segmentStretch(text, { start: 0, end: text.length })) {
      for (const token of sentence.tokens ?? []) expect(token.span.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(sentence.span.start, sentence.span.end).trim()).toBe(text.slice(sentence.span.start, sentence.span.end));
    }
  });
});

// Lachin_offensive.txt ("Azerbaijani forces were attacking Laçın. The following day, clashes over Qubadlı …"), own words
describe('segmentStretch tokens of names outside Latin-1', () => {
  const tokensOf = (text: string): string[] => segmentStretch(text, { start: 0, end: text.length }).flatMap((s) => (s.tokens ?? []).map((t) => text.slice(t.span.start, t.span.end)));

  it('keeps a word with Azerbaijani, Turkish or transliterated Arabic letters whole', () => {
    expect(tokensOf('Troops were shelling Laçın. The next day Ağdam and Ḥarastā were hit.')).toEqual(['Troops', 'were', 'shelling', 'Laçın', '.', 'The', 'next', 'day', 'Ağdam', 'and', 'Ḥarastā', 'were', 'hit', '.']);
  });

  it('still splits words at dashes and quotes outside Latin-1', () => {
    expect(tokensOf('The Shusha–Lachin road was “closed”.')).toContain('closed');
  });
});
