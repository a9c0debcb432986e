import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The files under a folder, depth first, each folder's entries in code-point order of their names
 * (not the locale's, so that every machine enumerates the same order); hidden entries skipped.
 */
export async function* walk(folder: string): AsyncGenerator<string> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield path;
  }
}
