import { basename, dirname, isAbsolute, relative, sep } from 'node:path';

// A path inside `folder` seen from it: no way up, not on another drive.
const inside = (path: string): boolean => path !== '' && !path.startsWith(`..${sep}`) && path !== '..' && !isAbsolute(path);
const slashed = (path: string): string => path.split(sep).join('/');

/**
 * The name the store keys an article file by: the path as given when the ingest root was named
 * relatively (as before: a store's keys do not change); for a root named absolutely, the path from the
 * working folder when the file is under it, else from the folder that holds the root (the root's own
 * name first). Never the machine's absolute path: it is shown in every export, the API and the UI.
 * @example sourceName('fixtures/corpus/Gao.txt', 'fixtures/corpus') === 'fixtures/corpus/Gao.txt'
 * @example sourceName('/data/wiki/corpus/Gao.txt', '/data/wiki/corpus', '/home/me') === 'corpus/Gao.txt'
 * @example sourceName('/home/me/corpus/Gao.txt', '/home/me/corpus', '/home/me') === 'corpus/Gao.txt'
 */
export function sourceName(path: string, root: string, cwd: string = process.cwd()): string {
  if (!isAbsolute(root)) return path;
  const fromCwd = relative(cwd, path);
  if (inside(fromCwd)) return slashed(fromCwd);
  const fromParent = relative(dirname(root), path);
  return inside(fromParent) ? slashed(fromParent) : basename(path);
}
