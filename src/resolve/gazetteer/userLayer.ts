import { existsSync, readFileSync } from 'node:fs';
import { foldedKeys, TIER } from './_keyIndex.js';
import { nameShardPath, placeShardPath, type ShardTarget } from './_shards.js';
import { readManifest, type ImportRecord } from './_userManifest.js';
import { parseGeonamesRow, type GeoPlace } from './geonamesRow.js';
import type { MatchKind } from './lookupName.js';
import { nameSkeleton } from './nameSkeleton.js';

/** The user's imported GeoNames files, read shard by shard on demand. */
export interface UserLayer extends ShardTarget {
  places: number;
  alternateNames: number;
  /** Shard texts read so far (each starts with '\n' so every line is found as '\n' + key + '\t'). */
  texts: Map<string, string>;
}

/** Shards kept in memory at once: ~100 MB at most over an allCountries import's ~2 MB shards. */
const CACHE_SHARDS = 48;

/**
 * The user layer in `dir`, or null when nothing was imported there.
 * @example openUserLayer(userLayerDir())?.places // 26120 after importing ML.txt
 */
export function openUserLayer(dir: string): UserLayer | null {
  const manifest = readManifest(dir);
  if (!manifest) return null;
  const count = (kind: string): number => manifest.imports.filter((r) => r.kind === kind).reduce((n, r) => n + r.rows, 0);
  return { dir, shards: manifest.shards, places: count('places'), alternateNames: count('alternateNames'), texts: new Map() };
}

/**
 * The files imported into the user layer in `dir`, oldest first (none when nothing was).
 * @example userLayerImports(dir)[0] // { file: '/downloads/ML.txt', kind: 'places', format: 'geonames', rows: 26120, … }
 */
export function userLayerImports(dir: string): ImportRecord[] {
  return readManifest(dir)?.imports ?? [];
}

function shardText(layer: UserLayer, path: string): string {
  const cached = layer.texts.get(path);
  if (cached !== undefined) return cached;
  const text = existsSync(path) ? `\n${readFileSync(path, 'utf8')}` : '\n';
  if (layer.texts.size >= CACHE_SHARDS) layer.texts.delete(layer.texts.keys().next().value ?? '');
  layer.texts.set(path, text);
  return text;
}

/** The value columns of every line of `text` that starts with `key` + tab. */
function linesFor(text: string, key: string): string[][] {
  const out: string[][] = [];
  const needle = `\n${key}\t`;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    const end = text.indexOf('\n', at + 1);
    out.push(text.slice(at + needle.length, end < 0 ? undefined : end).split('\t'));
  }
  return out;
}

/**
 * geonameIds whose user-layer names meet `text`, each with its best match.
 * @example userMatches(layer, 'Konna') // [{ geonameId: 2455517, match: 'name' }] once ML.txt is imported
 */
export function userMatches(layer: UserLayer, text: string): { geonameId: number; match: MatchKind }[] {
  const keys = foldedKeys(text);
  const skeleton = nameSkeleton(keys[0] ?? '');
  if (skeleton === '') return [];
  const shard = shardText(layer, nameShardPath(layer, skeleton));
  const best = new Map<number, number>();
  const note = (id: number, tier: number): void => void best.set(id, Math.min(best.get(id) ?? TIER.skeletonName, tier));
  for (const key of keys) for (const [id, tier] of linesFor(shard, key)) note(Number(id), Number(tier) <= TIER.alt ? Number(tier) : TIER.skeletonName);
  for (const [id] of linesFor(shard, skeleton)) note(Number(id), TIER.skeletonName);
  return [...best].map(([geonameId, tier]) => ({ geonameId, match: tier === TIER.name ? 'name' : tier === TIER.alt ? 'alt' : 'skeleton' }));
}

/**
 * The user layer's record of a place (the last imported wins), or null when only the base layer has it.
 * @example userPlace(layer, 2455517)?.name === 'Konna'
 */
export function userPlace(layer: UserLayer, geonameId: number): GeoPlace | null {
  const rows = linesFor(shardText(layer, placeShardPath(layer, geonameId)), String(geonameId));
  const last = rows.at(-1);
  return last ? parseGeonamesRow(`${geonameId}\t${last.join('\t')}`) : null;
}
