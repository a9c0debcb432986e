import type { EntityKind, GeoPrecision } from '../model/index.js';
import type { LinkEntity } from '../store/index.js';
import { recordOrder } from './_articleOrder.js';

/** An article's entity as the merge rules see it. */
export interface Member {
  /** Position in `members`, sorted by `sortKey`. */
  readonly index: number;
  /** `<article content hash>/<local id>`: the same in every store and ingest order. */
  readonly sortKey: string;
  readonly articleKey: number;
  readonly id: string;
  readonly kind: EntityKind;
  readonly name: string;
  readonly page: string | null;
  /** Names and aliases, distinct, in the article's order. */
  readonly names: readonly string[];
  readonly generic: boolean;
  /** ISO code of the state it is (a state, or a country named as a place). */
  readonly state: string | null;
  readonly geonameId: number | null;
  /** For places: where the gazetteer put it. */
  readonly country: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly precision: GeoPrecision | null;
  /** ISO code of the state the entity serves (units, persons), when the article says. */
  readonly serves: string | null;
}

/**
 * A member made from its entity, which can then be let go: the fields the rules read, copied, and
 * the sort key made when asked (at 300k members the keys alone held ~30 MB).
 */
export class LinkMember implements Member {
  index = 0;
  readonly articleKey: number;
  readonly id: string;
  readonly kind: EntityKind;
  readonly name: string;
  readonly page: string | null;
  readonly geonameId: number | null;
  readonly country: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly precision: GeoPrecision | null;

  constructor(
    e: LinkEntity,
    /** The article's place in the stable order (articleOrder). */
    private readonly articleOrder: string,
    readonly names: readonly string[],
    readonly generic: boolean,
    readonly state: string | null,
    readonly serves: string | null,
  ) {
    this.articleKey = e.articleKey;
    this.id = e.id;
    this.kind = e.kind;
    this.name = e.name;
    this.page = e.page;
    this.geonameId = e.geonameId;
    this.country = e.country;
    this.lat = e.lat;
    this.lon = e.lon;
    this.precision = e.precision;
  }

  get sortKey(): string {
    return recordOrder(this.articleOrder, this.id);
  }
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
