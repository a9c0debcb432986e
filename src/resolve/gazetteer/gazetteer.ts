import { memoized } from '../_memo.js';
import { placeAt } from './_placeTable.js';
import { userLayerDir } from './paths.js';
import { loadBaseLayer, type BaseLayer } from './baseLayer.js';
import type { GeoPlace } from './geonamesRow.js';
import { tableCandidates, type MatchKind, type PlaceCandidate } from './lookupName.js';
import { openUserLayer, userMatches, userPlace, type UserLayer } from './userLayer.js';
import { currentWikiLayer, type WikiLayer } from './wikiLayer.js';

/** The offline layers a name is looked up in (the article layer is per article: see `articleLayer`). */
export interface Gazetteer {
  base: BaseLayer;
  user: UserLayer | null;
  /** The pages of ingested dumps, by title: what a wikilink names (`wikiLayer.ts`). */
  wiki?: WikiLayer | null;
}

export interface GazetteerOptions {
  /** The user layer's folder; null for none; undefined for `$ANNALS_GAZETTEER` or the default data folder. */
  userDir?: string | null;
  /** The wiki layer; undefined for this thread's (`loadWikiLayer`), if any. */
  wiki?: WikiLayer | null;
}

/**
 * The base layer (loaded once per process), the user layer, if one was imported, and the wiki layer
 * an ingest loaded from its store.
 * @example openGazetteer({ userDir: null }).base.table.count // 199568
 */
export function openGazetteer(options: GazetteerOptions = {}): Gazetteer {
  const base = loadBaseLayer();
  const user = options.userDir === null ? null : openUserLayer(userLayerDir(options.userDir));
  return { base, user, wiki: options.wiki === undefined ? currentWikiLayer() : options.wiki };
}

const rowsById = new WeakMap<BaseLayer, Map<number, number>>();

/**
 * A place by its geonameId: the user layer's record first (the user's file is newer), then the base layer's.
 * @example placeById(gazetteer, 2457163)?.name === 'Gao'
 */
export function placeById(gazetteer: Gazetteer, geonameId: number): GeoPlace | null {
  const fromUser = gazetteer.user ? userPlace(gazetteer.user, geonameId) : null;
  if (fromUser) return fromUser;
  const { base } = gazetteer;
  let ids = rowsById.get(base);
  if (!ids) {
    ids = new Map();
    for (let i = 0; i < base.table.count; i++) ids.set(base.table.ids[i] ?? 0, i);
    rowsById.set(base, ids);
  }
  const row = ids.get(geonameId);
  return row === undefined ? null : placeAt(base.table, row);
}

const RANK: Record<MatchKind, number> = { name: 0, alt: 1, skeleton: 2, loose: 3 };

// An article names its places again and again, resolve asks twice per mention (before and after the
// article's country is known), and the next article names the same towns: each name is looked up once
// per gazetteer, whose layers stay as they are while it lives (as `gazetteerLexicon` assumes).
const remembered = new WeakMap<Gazetteer, (text: string) => readonly PlaceCandidate[]>();

/**
 * Every place of the user and base layers whose names meet `text`, once each, with its best match.
 * A place is the user layer's when the user's files hold its record (the newer data) or only the
 * user's alternate names found it; otherwise the base layer's. The list is shared: never change it.
 * @example findPlaces(gazetteer, 'Tombouctou') // [{ place: Timbuktu (ML), match: 'alt', layer: 'base' }]
 */
export function findPlaces(gazetteer: Gazetteer, text: string): readonly PlaceCandidate[] {
  let find = remembered.get(gazetteer);
  if (!find) remembered.set(gazetteer, (find = memoized((name) => lookUp(gazetteer, name), 5_000)));
  return find(text);
}

function lookUp(gazetteer: Gazetteer, text: string): PlaceCandidate[] {
  const found = new Map<number, PlaceCandidate>();
  for (const c of tableCandidates(gazetteer.base.table, gazetteer.base.index, text, 'base')) found.set(c.place.geonameId, c);
  if (!gazetteer.user) return [...found.values()];
  for (const { geonameId, match } of userMatches(gazetteer.user, text)) {
    const seen = found.get(geonameId);
    const own = userPlace(gazetteer.user, geonameId);
    const best = seen && RANK[seen.match] < RANK[match] ? seen.match : match;
    if (own) found.set(geonameId, { place: own, match: best, layer: 'user' });
    else if (seen) found.set(geonameId, { ...seen, match: best });
    else {
      const place = placeById(gazetteer, geonameId);
      if (place) found.set(geonameId, { place, match, layer: 'user' });
    }
  }
  return [...found.values()];
}
