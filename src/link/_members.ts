import type { EntityKind, GeoPrecision } from '../model/index.js';

/** An article's entity as the merge rules see it. */
export interface Member {
  /** Position in `members`, sorted by `sortKey`. */
  index: number;
  /** `<article content hash>/<local id>`: the same in every store and ingest order. */
  sortKey: string;
  articleKey: number;
  id: string;
  kind: EntityKind;
  name: string;
  page: string | null;
  /** Names and aliases, distinct, in the article's order. */
  names: string[];
  generic: boolean;
  /** ISO code of the state it is (a state, or a country named as a place). */
  state: string | null;
  geonameId: number | null;
  /** For places: where the gazetteer put it. */
  country: string | null;
  lat: number | null;
  lon: number | null;
  precision: GeoPrecision | null;
  /** ISO code of the state the entity serves (units, persons), when the article says. */
  serves: string | null;
}

/** Kinds that may merge with each other: a group one article calls a unit is the same group. */
export type Family = 'force' | 'place' | 'person' | 'civilians' | 'equipment';

/**
 * The family of a kind.
 * @example familyOf('military_unit') === 'force'
 */
export function familyOf(kind: EntityKind): Family {
  return kind === 'state' || kind === 'armed_group' || kind === 'military_unit' ? 'force' : kind;
}
