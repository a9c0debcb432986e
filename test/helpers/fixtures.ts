import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = new URL('../../fixtures/', import.meta.url).pathname;
export const ARTICLE_FIXTURES = join(FIXTURES, 'articles');
export const DUMP_FIXTURES = join(FIXTURES, 'dumps');

/** File names in a fixture folder, sorted. */
export function fixtureNames(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => !name.startsWith('.'))
    .sort();
}

export function fixtureBytes(folder: string, name: string): Buffer {
  return readFileSync(join(folder, name));
}
