import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SHARDS, type ShardTarget } from './_shards.js';

/** One imported file, as the user layer remembers it: the same file is not imported twice. */
export interface ImportRecord {
  file: string;
  size: number;
  mtimeMs: number;
  kind: 'places' | 'alternateNames';
  /** Absent in manifests written before WOF files could be imported: GeoNames. */
  format?: 'geonames' | 'wof';
  rows: number;
  skipped: number;
  importedAt: string;
}

export interface UserManifest {
  format: 1;
  shards: ShardTarget['shards'];
  imports: ImportRecord[];
}

const manifestPath = (dir: string): string => join(dir, 'manifest.json');

/**
 * The user layer's manifest, or null when the folder holds no user layer yet.
 * @example readManifest('~/.local/share/annals/gazetteer')?.imports[0]?.file // '/downloads/ML.txt'
 */
export function readManifest(dir: string): UserManifest | null {
  const path = manifestPath(dir);
  if (!existsSync(path)) return null;
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as UserManifest;
  return manifest.format === 1 ? manifest : null;
}

/**
 * Where a user layer's shards are, creating the layout of a new layer.
 * @example shardTarget('/g') // { dir: '/g', shards: { names: 1024, places: 1024 } }
 */
export function shardTarget(dir: string): ShardTarget {
  return { dir, shards: readManifest(dir)?.shards ?? DEFAULT_SHARDS };
}

/**
 * Records one more import, written atomically.
 * @example addImport('/g', { file: '/downloads/ML.txt', kind: 'places', rows: 26120, … })
 */
export function addImport(dir: string, record: ImportRecord): void {
  const manifest = readManifest(dir) ?? { format: 1, shards: DEFAULT_SHARDS, imports: [] };
  manifest.imports.push(record);
  mkdirSync(dir, { recursive: true });
  const tmp = `${manifestPath(dir)}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(manifest, null, 2)}\n`);
  renameSync(tmp, manifestPath(dir));
}
