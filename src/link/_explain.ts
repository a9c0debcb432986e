import type { EntityMemberRow } from '../store/index.js';
import type { MergeEdge } from './_unionFind.js';

/** Which record each member is, by member index: all the member rows need once the merging is done. */
export interface MemberRefs {
  articleKeys: Int32Array;
  ids: readonly string[];
}

/**
 * Why each member of a cluster (member indices, first member first) belongs: walking the merges
 * from its first member, each member gets the rule and shared key of the merge that reached it, and
 * the member it was matched with.
 * @example explain([0, 4], edges, 'E3f…', refs) // [{ rule: 'first', … }, { rule: 'same-page', evidence: { key: 'page:force:free syrian army', with: … } }]
 */
export function explain(cluster: readonly number[], edges: readonly MergeEdge[], canonicalId: string, refs: MemberRefs): EntityMemberRow[] {
  const first = cluster[0];
  if (first === undefined) return [];
  const row = (i: number, rule: string, evidence: EntityMemberRow['evidence']): EntityMemberRow => ({
    article_key: refs.articleKeys[i] ?? 0, entity_id: refs.ids[i] ?? '', canonical_id: canonicalId, rule, evidence,
  });
  const next = new Map<number, MergeEdge[]>();
  for (const e of edges) {
    for (const end of [e.a, e.b]) {
      const list = next.get(end);
      if (list) list.push(e);
      else next.set(end, [e]);
    }
  }
  const reached = new Map<number, EntityMemberRow>([[first, row(first, 'first', null)]]);
  const queue = [first];
  for (let i = 0; i < queue.length; i++) {
    const from = queue[i] ?? first;
    for (const e of next.get(from) ?? []) {
      const to = e.a === from ? e.b : e.a;
      if (reached.has(to) || to >= refs.ids.length) continue;
      reached.set(to, row(to, e.rule, { key: e.key, with: { article_key: refs.articleKeys[from] ?? 0, entity_id: refs.ids[from] ?? '' } }));
      queue.push(to);
    }
  }
  return cluster.map((m) => reached.get(m) ?? row(m, 'first', null));
}
