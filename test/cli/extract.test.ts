import { mkdirSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExtractionSchema } from '../../src/model/schemas.js';
import { runCli } from '../helpers/cli.js';
import { ARTICLE_FIXTURES, DUMP_FIXTURES } from '../helpers/fixtures.js';

const SEED = join(ARTICLE_FIXTURES, 'Bombardment_of_Gao.txt');
const dir = mkdtempSync(join(tmpdir(), 'annals-extract-'));
const seedBytes = readFileSync(SEED);

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const BAD_INPUTS: [string, () => string, RegExp][] = [
  ['an empty file', () => file('empty.txt', ''), /is empty/],
  ['white space only', () => file('blank.txt', ' \n\n\t\n'), /only white space/],
  ['binary data', () => file('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])), /binary data/],
  ['invalid UTF-8', () => file('latin1.txt', Buffer.concat([Buffer.from('= Gao =\n\nCaf'), Buffer.from([0xe9]), Buffer.from(' bombed.\n')])), /not valid UTF-8 \(first bad byte at offset 12\)/],
  ['a 200 MB file', () => { const p = file('huge.txt', ''); truncateSync(p, 200 * 1024 * 1024); return p; }, /200\.0 MiB is over/],
  ['a file that is not an article', () => file('notes.txt', 'Remember to buy milk.\n'), /not an article/],
  ['an unclosed template', () => file('open.wiki', "{{Infobox military conflict\n| conflict = Battle of X\n'''Battle of X''' was a battle.\n"), /unclosed template "\{\{Infobox military conflict" opened on line 1/],
  ['an unclosed table', () => file('table.wiki', "'''Battle of X''' was a battle.\n\n{| class=\"wikitable\"\n|-\n| 1 || 2\n"), /unclosed table .* opened on line 3/],
  ['a truncated article', () => file('cut.txt', seedBytes.subarray(0, 9)), /not an article/],
  ['truncated XML export', () => file('cut.xml', '<mediawiki><page><title>X</title><ns>0</ns><revision><text>Some [[text]]'), /broken XML export/],
  ['truncated bzip2', () => file('cut.xml.bz2', readFileSync(join(DUMP_FIXTURES, 'enwiki-pages-articles-sample.xml.bz2')).subarray(0, 5000)), /broken bzip2 data: it ends in the middle of a block/],
  ['corrupt bzip2', () => file('junk.xml.bz2', Buffer.concat([Buffer.from('BZh9'), Buffer.alloc(200, 7)])), /broken bzip2 data: corrupt compressed data/],
  ['a missing path', () => join(dir, 'no-such-file.txt'), /no such file/],
];

describe('annals extract with bad input', () => {
  it.each(BAD_INPUTS)('reports %s in one line naming the file, and still reads the seed', async (_name, make, problem) => {
    const bad = make();
    const run = await runCli(['extract', bad, SEED]);
    expect(run.status).toBe(1);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(bad);
    expect(lines[0]).toMatch(problem);
    // the problem in words, not a JavaScript error's text
    expect(lines[0]).not.toMatch(/Cannot read|undefined|TypeError|is not a function|\(reading /);
    expect(run.stdout).toContain('Bombardment of Gao (plain,');
  });
});

describe('annals extract --json on the seed', () => {
  it('prints the JSON contract with exact spans', async () => {
    const run = await runCli(['extract', SEED, '--json']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    const doc = ExtractionSchema.strict().parse(JSON.parse(lines[0] as string));
    const words = (s: { start: number; end: number }): string => doc.text.slice(s.start, s.end);
    expect(doc.title).toBe('Bombardment of Gao');
    expect(doc.format).toBe('plain');
    expect(doc.text).toBe(seedBytes.toString('utf8'));
    expect(doc.infobox?.fields).toHaveLength(11);
    for (const field of doc.infobox?.fields ?? []) {
      expect(field.value).not.toBe('');
      expect(words(field.span)).toBe(field.value);
    }
    expect(doc.sections.map((s) => s.title)).toEqual(['Background', 'Bombardment', 'Aftermath']);
    expect(doc.sentences.length).toBeGreaterThan(20);
    for (const sentence of doc.sentences) expect(words(sentence.span)).toBe(words(sentence.span).trim());
    expect(doc.sentences.map((s) => words(s.span))).toContain('Residents stated that more than sixty jihadists were killed in the strikes in the town of Gao, and more died in the bases on the outskirts.');
  });

  it('prints one line per article of a folder, in name order', async () => {
    const run = await runCli(['extract', ARTICLE_FIXTURES, '--json']);
    expect(run.status).toBe(0);
    const titles = run.stdout.trimEnd().split('\n').map((line) => (JSON.parse(line) as { title: string }).title);
    expect(titles).toContain('Bombardment of Gao');
    expect(titles).toContain('American Revolutionary War');
  });
});

describe('annals extract with nothing to read', () => {
  it('says so in one line naming the folder, with status 1', async () => {
    const empty = join(dir, 'empty-folder');
    mkdirSync(join(empty, 'nested'), { recursive: true });
    writeFileSync(join(empty, '.DS_Store'), 'hidden');
    const run = await runCli(['extract', empty]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`annals: ${empty}: no files to read\n`);
  });
});

describe('annals usage', () => {
  it.each([[['extract']], [['no-such-command']]])('exits 2 on %j', async (args) => {
    expect((await runCli(args)).status).toBe(2);
  });
});
