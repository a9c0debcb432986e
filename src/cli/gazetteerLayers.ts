import { existsSync } from 'node:fs';
import { isAnnalsError } from '../model/index.js';
import { cities500Path, openUserLayer, userLayerImports, villageLayerPath, type ImportRecord, type LoadFigures } from '../resolve/gazetteer/index.js';
import { DEFAULT_STORE_FOLDER, openStore, type WikiSourceSummary } from '../store/index.js';

/** The gazetteer's layers as `annals gazetteer info` lists them: counts and sources. */
export interface GazetteerLayers {
  base: LoadFigures & { sources: string[] };
  user: { dir: string; places: number; alternateNames: number; sources: ImportRecord[] };
  /** The store's, or null without a store (none named and no `.annals/` here). */
  wiki: { store: string; places: number; redirects: number; sources: WikiSourceSummary[] } | null;
  /** Why the store could not be read, and whether `--db` or `ANNALS_DB` named it (else it was `.annals/` found here). */
  storeError?: { message: string; named: boolean };
}

/**
 * Reads every layer's counts and sources: the wiki layer from the store `db` names, else
 * `$ANNALS_DB`, else `.annals/` when it exists (a folder is never created just to say it is empty).
 * @example await gazetteerLayers(gazetteerFigures(), userLayerDir(), undefined) // { base: {…}, user: {…}, wiki: null }
 */
export async function gazetteerLayers(figures: LoadFigures, dir: string, db: string | undefined): Promise<GazetteerLayers> {
  const user = openUserLayer(dir);
  const layers: GazetteerLayers = {
    base: { ...figures, sources: [cities500Path(), villageLayerPath()] },
    user: { dir, places: user?.places ?? 0, alternateNames: user?.alternateNames ?? 0, sources: userLayerImports(dir) },
    wiki: null,
  };
  const named = db ?? process.env.ANNALS_DB;
  if (!named && !existsSync(DEFAULT_STORE_FOLDER)) return layers;
  try {
    const store = await openStore(named);
    try {
      const sources = await store.wikiSources();
      const sum = (key: 'places' | 'redirects'): number => sources.reduce((n, s) => n + s[key], 0);
      layers.wiki = { store: store.location, places: sum('places'), redirects: sum('redirects'), sources };
    } finally {
      await store.close();
    }
  } catch (error) {
    if (!isAnnalsError(error) && !(error instanceof Error)) throw error;
    const message = isAnnalsError(error) ? error.message : `${named ?? DEFAULT_STORE_FOLDER}: cannot open the store: ${error.message}`;
    layers.storeError = { message, named: named !== undefined && named !== '' };
  }
  return layers;
}

const n = (x: number): string => x.toLocaleString('en');
const plural = (x: number, one: string, many = `${one}s`): string => `${n(x)} ${x === 1 ? one : many}`;

/**
 * The layers as lines a person reads.
 * @example layerLines(layers)[0] // 'base layer: 319,659 places (120,091 of them the village layer's), 1,301,212 name keys'
 */
export function layerLines({ base, user, wiki }: GazetteerLayers): string[] {
  return [
    `base layer: ${n(base.places)} places (${n(base.villages)} of them the village layer's), ${n(base.keys)} name keys`,
    `  from GeoNames cities500 (${base.sources[0]}) and the village layer (${base.sources[1]}: Who's On First, GeoNames admin areas)`,
    `  file ${base.file} (${base.fileMB.toFixed(1)} MB${base.built ? ', built now' : ''})`,
    `  loaded in ${base.loadMs.toFixed(0)} ms, ~${base.memoryMB.toFixed(0)} MB`,
    `user layer: ${user.dir}: ${n(user.places)} places, ${n(user.alternateNames)} alternate names`,
    ...user.sources.map((s) => `  from ${s.file}: ${plural(s.rows, s.kind === 'places' ? 'place' : 'alternate name')} (${s.format === 'wof' ? "Who's On First" : 'GeoNames'}, imported ${s.importedAt})`),
    wiki ? `wiki layer: ${wiki.store}: ${plural(wiki.places, 'page')} with coordinates, ${plural(wiki.redirects, 'redirect')} to them` : 'wiki layer: no store (--db, ANNALS_DB, or .annals/ here): none',
    ...(wiki?.sources ?? []).map((s) => `  from ${s.source}: ${plural(s.pages, 'article page')} read, ${plural(s.places, 'place')}, ${plural(s.redirects, 'redirect')} (gathered ${s.gatheredAt})`),
  ];
}
