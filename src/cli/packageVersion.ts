import { readFileSync } from 'node:fs';

/**
 * The version in the package's package.json, read beside the code: `src/cli/` and `dist/cli/` both
 * sit two folders below it, so the sources and the build print the same.
 * @example packageVersion() === '0.1.0'
 */
export function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
  return typeof manifest.version === 'string' ? manifest.version : 'unknown';
}
