import { describe, expect, it } from 'vitest';
import { jsonChunks } from '../../src/store/_insertRows.js';

const members = Array.from({ length: 1000 }, (_, i) => ({ article_key: i, entity_id: `e${i % 60}`, canonical_id: `c${i % 7}`, rule: 'page', evidence: { key: 'page:mali' } }));

describe('jsonChunks', () => {
  it.each([
    ['no rows', [], 100, 0],
    ['rows that fit in one statement', members.slice(0, 3), 10_000, 1],
    ['1,000 members in ~4 kB statements', members, 4096, 26],
    ['a row longer than a statement, alone', [{ text: 'x'.repeat(500) }, { text: 'y' }], 100, 2],
  ])('%s', (_, rows, maxChars, count) => {
    const chunks = [...jsonChunks(rows, maxChars)];
    expect(chunks).toHaveLength(count);
    expect(chunks.flatMap((c) => JSON.parse(c) as unknown[])).toEqual(rows);
    for (const c of chunks) if ((JSON.parse(c) as unknown[]).length > 1) expect(c.length).toBeLessThanOrEqual(maxChars + 2);
  });
});
