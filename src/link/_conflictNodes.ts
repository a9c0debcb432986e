import type { LinkArticle } from '../store/index.js';
import { conflictBase, conflictKey, conflictNames, yearsOf } from './_conflictNames.js';

/** A conflict: the articles about it, the names it goes by, and the conflicts it is said to be part of. */
export interface ConflictNode {
  key: string;
  spellings: string[];
  keys: Set<string>;
  articles: LinkArticle[];
  /** Wider conflicts the sources name, in the order they name them. */
  parents: string[];
  /** Wider conflicts only implied by a list ("the Kyiv offensive and the 2022 invasion"). */
  weakParents: string[];
}

const newNode = (key: string): ConflictNode => ({ key, spellings: [], keys: new Set([key]), articles: [], parents: [], weakParents: [] });

const articleYears = (a: LinkArticle): string[] => yearsOf(`${a.title} ${a.conflict ?? ''}`);

// Years that cannot be the same conflict's: both stated and different ("Battle of Shusha" 1992 and 2020).
const clash = (x: readonly string[], y: readonly string[]): boolean => x.length > 0 && y.length > 0 && x.join() !== y.join();

/**
 * One node per conflict the articles are about, keyed by the infobox's conflict name (else the
 * title), so two articles about one battle share it unless their titles state different years;
 * each article's title and names are its aliases.
 * @example articleNodes(articles).get('bombardment of gao')?.articles[0].title === 'Bombardment of Gao'
 */
export function articleNodes(articles: readonly LinkArticle[]): Map<string, ConflictNode> {
  const nodes = new Map<string, ConflictNode>();
  for (const a of articles) {
    const names = a.conflict ? conflictNames(a.conflict) : [];
    const primary = names[0] ?? a.title;
    const shared = nodes.get(conflictKey(primary));
    const apart = shared?.articles.some((b) => clash(articleYears(a), articleYears(b)));
    const key = apart ? conflictKey(a.title) : conflictKey(primary);
    const node = nodes.get(key) ?? newNode(key);
    nodes.set(key, node);
    node.articles.push(a);
    node.spellings.push(apart ? a.title : primary);
    for (const n of [a.title, ...names]) node.keys.add(conflictKey(n));
  }
  return nodes;
}

/**
 * Names to nodes: a name an article goes by; else the one article conflict with the same name
 * without years whose years include the name's ("the 2022 battle of Donbas" → "Battle of Donbas (2022)");
 * else a conflict without an article, one per name without years and year set.
 * @example resolveNames(nodes, ['the Syrian Civil War', 'Syrian civil war']).get('syrian civil war')?.key === 'syrian civil war'
 */
export function resolveNames(nodes: Map<string, ConflictNode>, names: readonly string[]): Map<string, ConflictNode> {
  const byAlias = new Map<string, ConflictNode | null>();
  for (const node of nodes.values()) for (const k of node.keys) byAlias.set(k, byAlias.has(k) && byAlias.get(k) !== node ? null : node);
  const byBase = new Map<string, ConflictNode[]>();
  for (const node of nodes.values()) for (const k of node.keys) byBase.set(conflictBase(k), [...new Set([...(byBase.get(conflictBase(k)) ?? []), node])]);
  const resolved = new Map<string, ConflictNode>();
  const loose = new Map<string, string[]>();
  const uses = new Map<string, number>();
  for (const n of names) uses.set(n, (uses.get(n) ?? 0) + 1);
  for (const name of [...new Set(names)].sort()) {
    const key = conflictKey(name);
    const years = yearsOf(name);
    const exact = byAlias.get(key);
    // an article conflict stating no year may be the one a name with a year means
    const fits = (byBase.get(conflictBase(name)) ?? []).filter((n) => n.articles.every((a) => !clash(years, articleYears(a)) || years.every((y) => articleYears(a).includes(y))));
    const found = exact ?? (fits.length === 1 ? fits[0] : undefined);
    if (found) resolved.set(key, found);
    else loose.set(conflictBase(name), [...(loose.get(conflictBase(name)) ?? []), name]);
  }
  for (const group of loose.values()) {
    const signatures = new Set(group.map((n) => yearsOf(n).join(' ')).filter((s) => s !== ''));
    // names that differ only in stated years of one conflict are one conflict; several years, several
    const parts = signatures.size <= 1 ? [group] : group.map((n) => [n]);
    for (const part of parts) {
      // the spelling with the most years stated, then the most used: "2022 Russian invasion of Ukraine"
      const spelling = [...part].sort((a, b) => yearsOf(b).length - yearsOf(a).length || (uses.get(b) ?? 0) - (uses.get(a) ?? 0) || (a < b ? -1 : 1))[0] ?? '';
      const node = nodes.get(conflictKey(spelling)) ?? newNode(conflictKey(spelling));
      nodes.set(node.key, node);
      for (const n of part) {
        node.spellings.push(n);
        node.keys.add(conflictKey(n));
        resolved.set(conflictKey(n), node);
      }
    }
  }
  return resolved;
}
