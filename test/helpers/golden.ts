import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { expect } from 'vitest';

/**
 * Compares `actual` with the golden file; `REGEN=1` rewrites it instead, to be reviewed as a diff.
 * A missing golden file fails: goldens are made on purpose, never silently.
 */
export function expectGolden(path: string, actual: unknown): void {
  const json = `${JSON.stringify(actual, null, 2)}\n`;
  if (process.env['REGEN'] === '1') {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, json);
    return;
  }
  if (!existsSync(path)) throw new Error(`no golden file ${path}: run REGEN=1 npx vitest run and review the diff`);
  expect(JSON.parse(json)).toEqual(JSON.parse(readFileSync(path, 'utf8')));
}
