import { distanceKm } from '../resolve/gazetteer/index.js';
import type { Member } from './_members.js';

/** An accepted merge: the spanning-tree edge that joined two clusters, with its reason. */
export interface MergeEdge {
  a: number;
  b: number;
  rule: string;
  key: string;
}

// What a cluster may not hold two different values of: they are two things whatever the names say.
interface Identity {
  states: Set<string>;
  geonames: Set<number>;
  countries: Set<string>;
  serves: Set<string>;
  /** A region (geo precision 3) or a place in it: "Idlib" the city is not "Idlib Governorate". */
  levels: Set<string>;
  /** The first coordinates of a place in it. */
  point: readonly [number, number] | null;
  place: boolean;
}

/** Places with the same name further apart than this are two places (two towns called Ivanivka). */
export const SAME_NAME_PLACE_KM = 50;

const identityOf = (m: Member): Identity => ({
  states: new Set(m.state ? [m.state] : []),
  geonames: new Set(m.geonameId !== null ? [m.geonameId] : []),
  countries: new Set(m.kind === 'place' && m.country && !m.state ? [m.country] : []),
  serves: new Set(m.serves ? [m.serves] : []),
  levels: new Set(m.kind !== 'place' || m.state || m.precision === null || m.precision === 'country' ? [] : [m.precision === 3 ? 'region' : 'locality']),
  point: m.kind === 'place' && m.lat !== null && m.lon !== null ? [m.lat, m.lon] : null,
  place: m.kind === 'place' && !m.state,
});

// Places of one name are one place when close together, or, not both on the map, in the same known country.
function near(x: Identity, y: Identity): boolean {
  if (x.point && y.point) return distanceKm(x.point[0], x.point[1], y.point[0], y.point[1]) <= SAME_NAME_PLACE_KM;
  if (!x.place && !y.place) return true;
  const [a] = x.countries;
  const [b] = y.countries;
  return x.countries.size === 1 && y.countries.size === 1 && a === b;
}

// Together they hold at most one value: none known on either side, or the same one.
const fits = (a: ReadonlySet<unknown>, b: ReadonlySet<unknown>): boolean => new Set([...a, ...b]).size <= 1;

/**
 * Clusters of members, joined only when no identity (state, GeoNames id, country, side, region or place) conflicts.
 * @example const clusters = new MemberClusters(members); clusters.join(0, 3, 'same-page', 'page:force:hezbollah')
 */
export class MemberClusters {
  private readonly parent: number[];
  private readonly identity: Identity[];
  readonly edges: MergeEdge[] = [];

  constructor(members: readonly Member[]) {
    this.parent = members.map((m) => m.index);
    this.identity = members.map(identityOf);
  }

  root(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r] ?? r;
    for (let j = i; j !== r; ) {
      const next = this.parent[j] ?? r;
      this.parent[j] = r;
      j = next;
    }
    return r;
  }

  /** Whether the clusters of a and b may become one; `close` also asks their places to be close. */
  compatible(a: number, b: number, close: boolean): boolean {
    const x = this.identity[this.root(a)];
    const y = this.identity[this.root(b)];
    if (!x || !y) return false;
    if ((['states', 'geonames', 'countries', 'serves', 'levels'] as const).some((field) => !fits(x[field], y[field]))) return false;
    return !close || near(x, y);
  }

  /** Joins the clusters of a and b (recording why) unless they are one already or conflict; true when joined now. */
  join(a: number, b: number, rule: string, key: string, close = false): boolean {
    const ra = this.root(a);
    const rb = this.root(b);
    if (ra === rb || !this.compatible(a, b, close)) return false;
    const [keep, drop] = ra < rb ? [ra, rb] : [rb, ra];
    this.parent[drop] = keep;
    const x = this.identity[keep];
    const y = this.identity[drop];
    if (x && y) {
      for (const field of ['states', 'geonames', 'countries', 'serves', 'levels'] as const) for (const v of y[field]) (x[field] as Set<unknown>).add(v);
      x.point ??= y.point;
      x.place ||= y.place;
    }
    this.edges.push({ a, b, rule, key });
    return true;
  }
}
