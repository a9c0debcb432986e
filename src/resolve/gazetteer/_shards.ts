import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** A user layer on disk: its folder, and how many files its names and places are spread over. */
export interface ShardTarget {
  dir: string;
  /** Kept in the manifest, so a layer built with other counts still reads right. */
  shards: { names: number; places: number };
}

/**
 * 1,024 files each: allCountries (12 M places, ~1.5 GB of rows) then makes shards of ~2 MB, read
 * whole on a lookup.
 */
export const DEFAULT_SHARDS = { names: 1024, places: 1024 };

/**
 * The file holding a name skeleton's lines (FNV-1a hash): every folded key of a name lands in its
 * skeleton's file, so one file answers both the folded and the skeleton lookup of a query.
 * @example nameShardPath({ dir: '/g', shards: DEFAULT_SHARDS }, 'gau') // '/g/names/<0–1023>.tsv'
 */
export function nameShardPath(target: ShardTarget, skeleton: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < skeleton.length; i++) h = Math.imul(h ^ skeleton.charCodeAt(i), 0x01000193);
  return join(target.dir, 'names', `${(h >>> 0) % target.shards.names}.tsv`);
}

/**
 * The file holding a place's row.
 * @example placeShardPath({ dir: '/g', shards: DEFAULT_SHARDS }, 2457163) === '/g/places/587.tsv' // Gao
 */
export function placeShardPath(target: ShardTarget, geonameId: number): string {
  return join(target.dir, 'places', `${geonameId % target.shards.places}.tsv`);
}

/**
 * Lines bound for shard files, held in memory and appended in batches: an import of allCountries
 * (12 M rows) writes each shard a few dozen times instead of once per row.
 * @example const writer = new ShardWriter(); writer.add('/g/places/587.tsv', gaoRow); writer.flush();
 */
export class ShardWriter {
  private readonly pending = new Map<string, string[]>();
  private size = 0;

  constructor(private readonly flushAt = 16 << 20) {}

  add(path: string, line: string): void {
    const list = this.pending.get(path);
    if (list) list.push(line);
    else this.pending.set(path, [line]);
    this.size += line.length + 1;
    if (this.size >= this.flushAt) this.flush();
  }

  flush(): void {
    for (const [path, lines] of this.pending) {
      mkdirSync(join(path, '..'), { recursive: true });
      appendFileSync(path, `${lines.join('\n')}\n`);
    }
    this.pending.clear();
    this.size = 0;
  }
}
