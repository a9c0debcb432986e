import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import type { Migration } from './migrations/index.js';

const PACKAGE = join('node_modules', '@electric-sql', 'pglite');

/**
 * Where a migrated, empty PGlite data folder is cached as a tarball: a new store loads it in about a
 * second instead of running initdb for several. Named by PGlite's version and the migrations' text,
 * so a new version of either makes a new template; beside the package (git-ignored), else in /tmp.
 * @example pgliteTemplatePath(migrations) // '…/node_modules/.cache/annals/pglite-0.5.16-3f9c2a….tar.gz'
 */
export function pgliteTemplatePath(migrations: readonly Migration[]): string {
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const cut = entry.lastIndexOf(`${sep}${PACKAGE}${sep}`);
  const root = cut >= 0 ? entry.slice(0, cut) : null;
  const version = root ? (JSON.parse(readFileSync(join(root, PACKAGE, 'package.json'), 'utf8')) as { version: string }).version : 'unknown';
  const schema = createHash('sha256').update(migrations.map((m) => `${m.version}\n${m.sql}`).join('\n')).digest('hex').slice(0, 12);
  const name = `pglite-${version}-${schema}.tar.gz`;
  return root ? join(root, 'node_modules', '.cache', 'annals', name) : join(tmpdir(), `annals-${process.getuid?.() ?? 'user'}`, name);
}
