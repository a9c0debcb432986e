import type { EntityMemberRow } from '../store/index.js';
import type { Member } from './_members.js';
import type { MergeEdge } from './_unionFind.js';

/**
 * Why each member of a cluster belongs: walking the merges from its first member, each member gets
 * the rule and shared key of the merge that reached it, and the member it was matched with.
 * @example explain(members, edges, 'E3f…') // [{ rule: 'first', … }, { rule: 'same-page', evidence: { key: 'page:force:free syrian army', with: … } }]
 */
export function explain(cluster: readonly Member[], edges: readonly MergeEdge[], canonicalId: string, all: readonly Member[]): EntityMemberRow[] {
  const first = cluster[0];
  if (!first) return [];
  const next = new Map<number, MergeEdge[]>();
  for (const e of edges) {
    for (const end of [e.a, e.b]) {
      const list = next.get(end);
      if (list) list.push(e);
      else next.set(end, [e]);
    }
  }
  const reached = new Map<number, EntityMemberRow>();
  reached.set(first.index, { article_key: first.articleKey, entity_id: first.id, canonical_id: canonicalId, rule: 'first', evidence: null });
  const queue = [first.index];
  for (let i = 0; i < queue.length; i++) {
    const from = queue[i] ?? first.index;
    const source = all[from] ?? first;
    for (const e of next.get(from) ?? []) {
      const to = e.a === from ? e.b : e.a;
      const m = all[to];
      if (!m || reached.has(to)) continue;
      const evidence = { key: e.key, with: { article_key: source.articleKey, entity_id: source.id } };
      reached.set(to, { article_key: m.articleKey, entity_id: m.id, canonical_id: canonicalId, rule: e.rule, evidence });
      queue.push(to);
    }
  }
  return cluster.map((m) => reached.get(m.index) ?? { article_key: m.articleKey, entity_id: m.id, canonical_id: canonicalId, rule: 'first', evidence: null });
}
