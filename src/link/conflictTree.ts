import type { ConflictRow, LinkArticle } from '../store/index.js';
import { conflictKey, CONFLICT_WORD } from './_conflictNames.js';
import { articleNodes, resolveNames, type ConflictNode } from './_conflictNodes.js';
import { partofChains } from './_partofChains.js';
import { stableId } from './_stableId.js';
import { byVotes } from './_tally.js';

// A war holds offensives, an offensive holds battles: what a bare list ("A and B") implies.
const level = (name: string): number => (/\b(?:wars?|conflict|insurgency|invasion|revolution|uprising|crisis|intervention)\b/i.test(name) ? 3 : /\b(?:battles?|siege|attacks?|strikes?|massacre|bombardment|bombing|ambush|explosions?)\b/i.test(name) ? 1 : 2);

// A title says where it belongs only with "during"/"of the" between two conflict names.
const titleChains = (title: string): string[][] => (CONFLICT_WORD.test(title) ? partofChains(title).flatMap((chain) => (chain.length > 1 ? [chain.slice(1)] : [])) : []);

function addParent(list: string[], parent: string, self: string): void {
  if (parent !== self && !list.includes(parent)) list.push(parent);
}

// The narrowest of the named parents: the one the most other candidates sit above.
function narrowest(node: ConflictNode, nodes: ReadonlyMap<string, ConflictNode>): string[] {
  const above = (key: string, seen = new Set<string>()): Set<string> => {
    const node = nodes.get(key);
    for (const p of [...(node?.parents ?? []), ...(node?.weakParents ?? [])]) if (!seen.has(p)) above(p, seen.add(p));
    return seen;
  };
  const score = (c: string) => node.parents.filter((other) => other !== c && above(c).has(other)).length;
  return [...node.parents].sort((a, b) => score(b) - score(a) || node.parents.indexOf(a) - node.parents.indexOf(b));
}

/**
 * The conflict tree from infobox `partof` fields (and titles like "Combat operations in 2012 during
 * the Battle of Aleppo"): battles under offensives under wars. Each conflict keeps the narrowest
 * parent its sources name; a parent that would close a cycle is skipped. Ids hash the conflict's key.
 * @example conflictTree(articles).find((c) => c.name === 'Bombardment of Gao')?.parent_id === conflictTree(articles).find((c) => c.name === 'Mali War')?.id
 */
export function conflictTree(articles: readonly LinkArticle[]): ConflictRow[] {
  const sorted = [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.source < b.source ? -1 : 1));
  const nodes = articleNodes(sorted);
  const chainsOf = new Map(sorted.map((a) => [a, a.partof ? partofChains(a.partof) : titleChains(a.title)]));
  const resolved = resolveNames(nodes, [...chainsOf.values()].flat(2));
  const nodeOf = (name: string) => resolved.get(conflictKey(name));
  const own = new Map([...nodes.values()].flatMap((n) => n.articles.map((a) => [a, n] as const)));
  for (const [article, chains] of chainsOf) {
    const self = own.get(article);
    if (!self) continue;
    const heads = chains.map((chain) => nodeOf(chain[0] ?? '')).filter((n): n is ConflictNode => n !== undefined);
    for (const head of heads) addParent(self.parents, head.key, self.key);
    for (const chain of chains) {
      chain.forEach((name, i) => {
        const [child, parent] = [nodeOf(name), nodeOf(chain[i + 1] ?? '')];
        if (child && parent) addParent(child.parents, parent.key, child.key);
      });
    }
    // listed side by side, the wider kind of conflict holds the narrower one
    for (const head of heads) {
      const wider = heads.find((h) => level(h.spellings[0] ?? '') > level(head.spellings[0] ?? ''));
      if (wider) addParent(head.weakParents, wider.key, head.key);
    }
  }
  return treeRows(nodes);
}

function treeRows(nodes: ReadonlyMap<string, ConflictNode>): ConflictRow[] {
  const parentOf = new Map<string, string>();
  const reaches = (from: string, target: string): boolean => {
    for (let at: string | undefined = from; at !== undefined; at = parentOf.get(at)) if (at === target) return true;
    return false;
  };
  for (const key of [...nodes.keys()].sort()) {
    const node = nodes.get(key);
    if (!node) continue;
    const candidates = [...narrowest(node, nodes), ...node.weakParents];
    const parent = candidates.find((p) => !reaches(p, key));
    if (parent !== undefined) parentOf.set(key, parent);
  }
  const depth = (key: string): number => {
    let d = 0;
    for (let at = parentOf.get(key); at !== undefined; at = parentOf.get(at)) d++;
    return d;
  };
  return [...nodes.values()].map((node) => {
    const parent = parentOf.get(node.key);
    return {
      id: stableId('C', node.key),
      name: byVotes(node.articles.length > 0 ? node.spellings.slice(0, node.articles.length) : node.spellings)[0] ?? node.key,
      parent_id: parent === undefined ? null : stableId('C', parent),
      depth: depth(node.key),
      names: [...node.keys].sort(),
      article_keys: node.articles.map((a) => a.key).sort((a, b) => a - b),
    };
  });
}
