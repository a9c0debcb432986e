import type { ConflictNode } from './linkApi.js';

/** The conflict tree as the filter bar uses it. */
export interface ConflictTree {
  /** Every conflict, each followed by those under it (by name): the order of an indented list. */
  ordered: ConflictNode[];
  /** The ids of the articles about a conflict and about every conflict under it. */
  articlesUnder(id: string): Set<string>;
}

/**
 * The tree `/api/conflicts` lists node by node, walked from its roots; a node whose parent is not
 * listed counts as a root, and a node is visited once however the parents point.
 * @example conflictTree(nodes).articlesUnder(maliWar.id) // the ids of Bombardment of Gao, Operation Serval, …
 */
export function conflictTree(nodes: readonly ConflictNode[]): ConflictTree {
  const known = new Set(nodes.map((n) => n.id));
  const children = new Map<string | null, ConflictNode[]>();
  for (const n of nodes) {
    const parent = n.parent_id !== null && known.has(n.parent_id) ? n.parent_id : null;
    children.set(parent, [...(children.get(parent) ?? []), n]);
  }
  const below = (id: string | null): ConflictNode[] => [...(children.get(id) ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  const walk = (from: ConflictNode[], seen: Set<string>): ConflictNode[] =>
    from.flatMap((n) => {
      if (seen.has(n.id)) return [];
      seen.add(n.id);
      return [n, ...walk(below(n.id), seen)];
    });
  return {
    ordered: walk(below(null), new Set()),
    articlesUnder: (id) => {
      const start = nodes.find((n) => n.id === id);
      return new Set(start ? walk([start], new Set()).flatMap((n) => n.articles.map((a) => a.id)) : []);
    },
  };
}
