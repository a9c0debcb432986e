import { describe, expect, it } from 'vitest';
import { textSegments, type Mark } from '../../../src/web/article/textSegments.js';

const ev = (start: number, end: number, ref = 'v1'): Mark => ({ start, end, kind: 'evidence', ref });
const mention = (start: number, end: number, ref: string): Mark => ({ start, end, kind: 'mention', ref });

// Each case: the marks over a 10-character text, and the pieces as "start-end:evidence/mention".
const cases: [string, Mark[], string[]][] = [
  ['no marks', [], ['0-10:/']],
  ['one evidence span', [ev(2, 8)], ['0-2:/', '2-8:v1/', '8-10:/']],
  ['a mention inside evidence', [ev(2, 8), mention(4, 6, 'e1')], ['0-2:/', '2-4:v1/', '4-6:v1/e1', '6-8:v1/', '8-10:/']],
  ['two events over the same words', [ev(0, 5, 'v1'), ev(3, 10, 'v2')], ['0-3:v1/', '3-5:v1,v2/', '5-10:v2/']],
  ['nested mentions: the innermost wins', [mention(0, 10, 'e2'), mention(0, 3, 'e1')], ['0-3:/e1', '3-10:/e2']],
  ['spans past the end are cut at it', [ev(8, 99)], ['0-8:/', '8-10:v1/']],
  ['empty spans are dropped', [ev(4, 4)], ['0-10:/']],
];

describe('textSegments', () => {
  it.each(cases)('%s', (_, marks, expected) => {
    expect(textSegments(10, marks).map((s) => `${s.start}-${s.end}:${s.evidence.join(',')}/${s.mention ?? ''}`)).toEqual(expected);
  });

  it('covers the whole text, in order, without gaps', () => {
    const marks = [ev(1, 7), mention(2, 3, 'e1'), { start: 5, end: 9, kind: 'check' as const, ref: 'c1' }];
    const segments = textSegments(12, marks);
    expect(segments.map((s) => [s.start, s.end])).toEqual([[0, 1], [1, 2], [2, 3], [3, 5], [5, 7], [7, 9], [9, 12]]);
    expect(segments.find((s) => s.start === 5)?.checks).toEqual(['c1']);
  });
});
