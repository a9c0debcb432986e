import { describe, expect, it } from 'vitest';
import { sourceName } from '../../src/ingest/sourceName.js';

describe('sourceName', () => {
  it.each([
    // [path, root, working folder, name]
    ['fixtures/corpus/Gao.txt', 'fixtures/corpus', '/home/me/annals', 'fixtures/corpus/Gao.txt'],
    ['./Gao.txt', './Gao.txt', '/home/me', './Gao.txt'],
    ['../data/corpus/Gao.txt', '../data/corpus', '/home/me/annals', '../data/corpus/Gao.txt'],
    ['/home/me/annals/fixtures/corpus/Gao.txt', '/home/me/annals/fixtures/corpus', '/home/me/annals', 'fixtures/corpus/Gao.txt'],
    ['/data/wiki/corpus/Gao.txt', '/data/wiki/corpus', '/home/me', 'corpus/Gao.txt'],
    ['/data/wiki/corpus/mali/Gao.txt', '/data/wiki/corpus', '/home/me', 'corpus/mali/Gao.txt'],
    ['/data/wiki/Gao.txt', '/data/wiki/Gao.txt', '/home/me', 'Gao.txt'],
    ['/Gao.txt', '/', '/home/me', 'Gao.txt'],
  ])('names %s (root %s, working in %s) as %s', (path, root, cwd, name) => {
    expect(sourceName(path, root, cwd)).toBe(name);
  });
});
