import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The files named on the command line, with folders walked recursively (hidden entries skipped);
 * a path that does not exist is passed on so that reading it reports the problem.
 * @example await expandInputs(['fixtures/articles']) // ['fixtures/articles/Bombardment_of_Gao.txt', …]
 */
export async function expandInputs(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) files.push(...(await walk(path)));
    else files.push(path);
  }
  return files;
}

async function walk(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(path)));
    else if (entry.isFile()) files.push(path);
  }
  return files;
}
