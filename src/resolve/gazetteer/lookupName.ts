import { foldedKeys, glideKey, looseKey, lookupKey, TIER, type KeyIndex } from './_keyIndex.js';
import { isVillageRow, placeAt, type PlaceTable } from './_placeTable.js';
import type { GeoPlace } from './geonamesRow.js';
import { nameSkeleton } from './nameSkeleton.js';

/** How a name met a place: its own name, one of its alternate names, only a transliteration skeleton,
 * or only the skeleton's consonants (village layer only). */
export type MatchKind = 'name' | 'alt' | 'skeleton' | 'loose';

/** Which layer answered: the article's own infobox, the user's imported files, the base layer, or a
 * page of an ingested dump a wikilink names. */
export type LayerName = 'article' | 'user' | 'base' | 'wiki';

export interface PlaceCandidate {
  place: GeoPlace;
  match: MatchKind;
  layer: LayerName;
  /** A row of the village layer (a WOF locality or an admin area, population unknown), not a cities500 town. */
  village?: boolean;
}

// Tier 4 is no tier of the index: a hit through a loose key only.
const KIND_OF_TIER: readonly MatchKind[] = ['name', 'alt', 'skeleton', 'skeleton', 'loose'];
const LOOSE_TIER = 4;

/**
 * Rows whose names meet `text`, each once with its best match: a folded key hit keeps its tier
 * (name or alternate name), a skeleton hit is a skeleton match whatever its tier.
 * @example matchRows(index, 'Khan Sheikhoun') // [{ row: …, match: 'skeleton' }] (GeoNames: Khān Shaykhūn)
 */
export function matchRows(index: KeyIndex, text: string): { row: number; match: MatchKind }[] {
  const keys = foldedKeys(text);
  const folded = keys[0] ?? '';
  if (folded === '') return [];
  const best = new Map<number, number>();
  const note = (row: number, tier: number): void => {
    best.set(row, Math.min(best.get(row) ?? LOOSE_TIER, tier));
  };
  // ("Kamiane" asks for the village layer's "Kam'yane" too, by its glide key)
  for (const key of [...keys, glideKey(folded)].filter((k) => k !== '')) for (const p of lookupKey(index, key)) note(p >> 2, (p & 3) <= TIER.alt ? p & 3 : TIER.skeletonName);
  const skeleton = nameSkeleton(folded);
  if (skeleton !== '') for (const p of lookupKey(index, skeleton)) note(p >> 2, TIER.skeletonName);
  const loose = looseKey(skeleton);
  if (loose !== '') for (const p of lookupKey(index, loose)) note(p >> 2, LOOSE_TIER);
  return [...best].map(([row, tier]) => ({ row, match: KIND_OF_TIER[tier] ?? 'skeleton' }));
}

/**
 * The places of a table whose names meet `text`.
 * @example tableCandidates(base.table, base.index, 'Tombouctou', 'base')[0]?.place.name === 'Timbuktu'
 */
export function tableCandidates(table: PlaceTable, index: KeyIndex, text: string, layer: LayerName): PlaceCandidate[] {
  return matchRows(index, text).map(({ row, match }) => ({ place: placeAt(table, row), match, layer, ...(isVillageRow(table, row) ? { village: true } : {}) }));
}
