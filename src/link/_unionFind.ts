import { distanceKm } from '../resolve/gazetteer/index.js';
import type { Member } from './_members.js';

/** An accepted merge: the spanning-tree edge that joined two clusters, with its reason. */
export interface MergeEdge {
  a: number;
  b: number;
  rule: string;
  key: string;
}

/** Places with the same name further apart than this are two places (two towns called Ivanivka). */
export const SAME_NAME_PLACE_KM = 50;

// What a cluster may not hold two different values of: they are two things whatever the names say.
// A join needs both sides to agree on each, so a cluster holds at most one value of each: one slot
// per cluster root, in arrays indexed by member (a Set per field per member took ~180 MB at 300k members).
const IDENTITY_FIELDS = ['states', 'geonames', 'countries', 'serves', 'levels'] as const;
type IdentityField = (typeof IDENTITY_FIELDS)[number];

const identityOf = (m: Member): Record<IdentityField, string | number | null> => ({
  states: m.state || null,
  geonames: m.geonameId,
  countries: m.kind === 'place' && m.country && !m.state ? m.country : null,
  serves: m.serves || null,
  // a region (geo precision 3) or a place in it: "Idlib" the city is not "Idlib Governorate"
  levels: m.kind !== 'place' || m.state || m.precision === null || m.precision === 'country' ? null : m.precision === 3 ? 'region' : 'locality',
});

// Together they hold at most one value: none known on either side, or the same one.
const fits = (a: string | number | null, b: string | number | null): boolean => a === null || b === null || a === b;

/**
 * Clusters of members, joined only when no identity (state, GeoNames id, country, side, region or place) conflicts.
 * @example const clusters = new MemberClusters(members); clusters.join(0, 3, 'same-page', 'page:force:hezbollah')
 */
export class MemberClusters {
  private readonly parent: Int32Array;
  private readonly identity: Record<IdentityField, (string | number | null)[]>;
  /** The first coordinates of a place in the cluster, as [lat, lon] at 2i, 2i+1 (NaN: none). */
  private readonly point: Float64Array;
  private readonly place: Uint8Array;
  readonly edges: MergeEdge[] = [];

  constructor(members: readonly Member[]) {
    this.parent = Int32Array.from(members, (m) => m.index);
    this.identity = { states: [], geonames: [], countries: [], serves: [], levels: [] };
    this.point = new Float64Array(members.length * 2).fill(Number.NaN);
    this.place = new Uint8Array(members.length);
    for (const m of members) {
      const identity = identityOf(m);
      for (const field of IDENTITY_FIELDS) this.identity[field][m.index] = identity[field];
      if (m.kind === 'place' && m.lat !== null && m.lon !== null) [this.point[2 * m.index], this.point[2 * m.index + 1]] = [m.lat, m.lon];
      this.place[m.index] = Number(m.kind === 'place' && !m.state);
    }
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

  // Places of one name are one place when close together, or, not both on the map, in the same known country.
  private near(x: number, y: number): boolean {
    const [xLat, xLon, yLat, yLon] = [this.point[2 * x] ?? Number.NaN, this.point[2 * x + 1] ?? Number.NaN, this.point[2 * y] ?? Number.NaN, this.point[2 * y + 1] ?? Number.NaN];
    if (!Number.isNaN(xLat) && !Number.isNaN(yLat)) return distanceKm(xLat, xLon, yLat, yLon) <= SAME_NAME_PLACE_KM;
    if (!this.place[x] && !this.place[y]) return true;
    const [a, b] = [this.identity.countries[x] ?? null, this.identity.countries[y] ?? null];
    return a !== null && a === b;
  }

  /** Whether the clusters of a and b may become one; `close` also asks their places to be close. */
  compatible(a: number, b: number, close: boolean): boolean {
    const [x, y] = [this.root(a), this.root(b)];
    if (IDENTITY_FIELDS.some((field) => !fits(this.identity[field][x] ?? null, this.identity[field][y] ?? null))) return false;
    return !close || this.near(x, y);
  }

  /** Joins the clusters of a and b (recording why) unless they are one already or conflict; true when joined now. */
  join(a: number, b: number, rule: string, key: string, close = false): boolean {
    const ra = this.root(a);
    const rb = this.root(b);
    if (ra === rb || !this.compatible(a, b, close)) return false;
    const [keep, drop] = ra < rb ? [ra, rb] : [rb, ra];
    this.parent[drop] = keep;
    for (const field of IDENTITY_FIELDS) this.identity[field][keep] ??= this.identity[field][drop] ?? null;
    if (Number.isNaN(this.point[2 * keep])) [this.point[2 * keep], this.point[2 * keep + 1]] = [this.point[2 * drop] ?? Number.NaN, this.point[2 * drop + 1] ?? Number.NaN];
    this.place[keep] ||= this.place[drop] ?? 0;
    this.edges.push({ a, b, rule, key });
    return true;
  }
}
