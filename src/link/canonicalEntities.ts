import type { CanonicalEntityRow, EntityMemberRow, LinkArticle, LinkEntity } from '../store/index.js';
import { canonicalRow } from './_canonicalRow.js';
import { explain, type MemberRefs } from './_explain.js';
import type { Member } from './_members.js';
import { membersOf } from './_membersOf.js';
import { applyBucket, MERGE_RULES } from './_mergeRules.js';
import { stableId } from './_stableId.js';
import { byVotes } from './_tally.js';
import { MemberClusters, type MergeEdge } from './_unionFind.js';
import { readOnce } from './_readOnce.js';

export interface CanonicalEntities {
  /** Without their event counts, which the events give. */
  entities: Omit<CanonicalEntityRow, 'events'>[];
  /** Why each member belongs, made as it is read, once (`readOnce`): held whole, 300k rows took ~40 MB. */
  members: Iterable<EntityMemberRow>;
  /** `articleKey/localId` → canonical id. */
  canonicalOf: Map<string, string>;
}

// Members with a key in common, by key, in key order (keys of two members or more).
function buckets(members: readonly Member[], keys: (m: Member) => string[]): [string, Member[]][] {
  const byKey = new Map<string, Member[]>();
  for (const m of members) {
    for (const key of new Set(keys(m))) {
      const list = byKey.get(key);
      if (list) list.push(m);
      else byKey.set(key, [m]);
    }
  }
  // a key only one member offers merges nothing: most of them, not sorted nor kept
  return [...byKey.entries()].filter(([, list]) => list.length > 1).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

// The strongest key the cluster's members offer, most offered first: ids stay put as articles come and go.
function idKey(cluster: readonly Member[]): string {
  for (const rule of MERGE_RULES) {
    const best = byVotes(cluster.flatMap((m) => [...new Set(rule.keys(m))]))[0];
    if (best) return best;
  }
  return `member:${cluster[0]?.sortKey ?? ''}`;
}

function ids(clusters: readonly (readonly Member[])[]): string[] {
  const keys = clusters.map(idKey);
  const uses = new Map<string, number>();
  for (const k of keys) uses.set(k, (uses.get(k) ?? 0) + 1);
  // two clusters the rules kept apart may offer the same best key (two towns of one name): their first member tells them apart
  return keys.map((k, i) => stableId('E', (uses.get(k) ?? 1) > 1 ? `${k}#${clusters[i]?.[0]?.sortKey ?? ''}` : k));
}

// The members merged by the rules, as clusters of members with the merges that joined each. A
// function of its own, so that the union-find's arrays (~15 MB at 300k members) go when it returns.
function mergeMembers(members: readonly Member[]): { grouped: Member[][]; edges: MergeEdge[][] } {
  const clusters = new MemberClusters(members);
  for (const rule of MERGE_RULES) for (const [key, bucket] of buckets(members, rule.keys)) applyBucket(clusters, rule, key, bucket);
  const groups = new Map<number, Member[]>();
  for (const m of members) {
    const root = clusters.root(m.index);
    const list = groups.get(root);
    if (list) list.push(m);
    else groups.set(root, [m]);
  }
  const grouped = [...groups.values()];
  const edgesOf = new Map<number, MergeEdge[]>();
  for (const e of clusters.edges) {
    const root = clusters.root(e.a);
    const list = edgesOf.get(root);
    if (list) list.push(e);
    else edgesOf.set(root, [e]);
  }
  return { grouped, edges: grouped.map((cluster) => edgesOf.get(clusters.root(cluster[0]?.index ?? 0)) ?? []) };
}

interface Merged {
  rows: Omit<CanonicalEntityRow, 'events'>[];
  /** Each cluster's member indices, first member first. */
  clusters: number[][];
  edges: MergeEdge[][];
  ids: string[];
  refs: MemberRefs;
}

// Canonical rows, ids and member records of the entities: a function of its own, so that the members
// themselves (~75 MB at 300k) go when it returns, before `canonicalOf` is made.
function merged(articles: readonly LinkArticle[], entities: LinkEntity[]): Merged {
  const members = membersOf(articles, entities);
  const { grouped, edges } = mergeMembers(members);
  const canonicalIds = ids(grouped);
  const rows = grouped.map((cluster, i) => ({ id: canonicalIds[i] ?? '', ...canonicalRow(cluster), articles: new Set(cluster.map((m) => m.articleKey)).size }));
  const refs: MemberRefs = { articleKeys: Int32Array.from(members, (m) => m.articleKey), ids: members.map((m) => m.id) };
  return { rows, clusters: grouped.map((c) => c.map((m) => m.index)), edges, ids: canonicalIds, refs };
}

/**
 * Every article's entities merged into canonical entities by the merge rules, strongest evidence
 * first, each merge refused when it would join two states, two gazetteer places, places in two
 * countries or sides of two states. Deterministic: members and keys are visited in sorted order.
 * Empties `entities` as they become members (see membersOf).
 * @example canonicalEntities(articles, entities).entities.find((e) => e.name === 'Russia')?.aliases // ['Russia', 'Russian forces', …]
 */
export function canonicalEntities(articles: readonly LinkArticle[], entities: LinkEntity[]): CanonicalEntities {
  const { rows, clusters, edges, ids: canonicalIds, refs } = merged(articles, entities);
  // from here on a member is its record (article key, local id)
  const canonicalOf = new Map<string, string>();
  for (const [i, cluster] of clusters.entries()) for (const m of cluster) canonicalOf.set(`${refs.articleKeys[m] ?? 0}/${refs.ids[m] ?? ''}`, canonicalIds[i] ?? '');
  return { entities: rows, members: memberRows(clusters, edges, canonicalIds, refs), canonicalOf };
}

// A function of its own, so that the rows hold only what they are made from (not the union-find).
function memberRows(clusters: readonly number[][], edges: readonly MergeEdge[][], ids: readonly string[], refs: MemberRefs): Iterable<EntityMemberRow> {
  return readOnce(function* () {
    for (const [i, cluster] of clusters.entries()) yield* explain(cluster, edges[i] ?? [], ids[i] ?? '', refs);
  });
}
