import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decompressBzip2 } from '../../src/read/_bzip2.js';
import { DUMP_FIXTURES } from '../helpers/fixtures.js';

const sample = readFileSync(join(DUMP_FIXTURES, 'enwiki-pages-articles-sample.xml.bz2'));
const flipped = Buffer.from(sample);
for (let i = 3000; i < 3100; i++) flipped[i] = (flipped[i] ?? 0) ^ 0xff;

const BROKEN: [name: string, bytes: Uint8Array, problem: string][] = [
  ['a dump cut at 5,000 bytes', sample.subarray(0, 5000), 'it ends in the middle of a block (a truncated file?)'],
  ['a dump cut at 100 bytes', sample.subarray(0, 100), 'it ends in the middle of a block (a truncated file?)'],
  ['a header alone', Buffer.from('BZh9'), 'it ends in the middle of a block (a truncated file?)'],
  ['100 bytes flipped', flipped, 'a checksum does not match (corrupt data)'],
  ['a header then junk', Buffer.concat([Buffer.from('BZh9'), Buffer.alloc(200, 7)]), 'corrupt compressed data'],
];

describe('broken bzip2 data', () => {
  it.each(BROKEN)('%s is refused in words naming the file', async (_, bytes, problem) => {
    await expect(decompressBzip2(bytes, 'cut.xml.bz2', 1 << 30)).rejects.toThrow(`cut.xml.bz2: broken bzip2 data: ${problem}`);
  });
});
