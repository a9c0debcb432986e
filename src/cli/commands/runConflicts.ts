import type { ConflictNode } from '../../store/index.js';
import { endOut, out } from '../stdout.js';
import { warnIfStale } from './_linkWarning.js';
import { apiCall, openStoreOrReport } from './_openStore.js';

/**
 * The tree as indented lines, widest conflicts first, children by name:
 * "Mali War  29 events  2012-01-01..2020-10-30" then "  Bombardment of Gao  4 events  … (1 article)".
 * @example conflictLines(await store.conflicts())
 */
export function conflictLines(nodes: readonly ConflictNode[]): string[] {
  const children = new Map<string | null, ConflictNode[]>();
  for (const n of nodes) children.set(n.parent_id, [...(children.get(n.parent_id) ?? []), n]);
  const lines: string[] = [];
  const walk = (parent: string | null, depth: number): void => {
    for (const n of [...(children.get(parent) ?? [])].sort((a, b) => a.name.localeCompare(b.name))) {
      const dates = n.date_start ? `  ${n.date_start}..${n.date_end ?? n.date_start}` : '';
      const articles = n.articles.length > 0 ? `  (${n.articles.length === 1 ? '1 article' : `${n.articles.length} articles`})` : '';
      lines.push(`${'  '.repeat(depth)}${n.name}  ${n.events} event${n.events === 1 ? '' : 's'}${dates}${articles}`);
      walk(n.id, depth + 1);
    }
  };
  walk(null, 0);
  return lines;
}

/**
 * `annals conflicts [--json]` once its flags are read: the conflict tree, one line per conflict.
 * Returns the exit status (1: the store could not be opened).
 * @example await runConflicts({ json: false })
 */
export async function runConflicts(flags: { db?: string; json?: boolean }): Promise<number> {
  const store = await openStoreOrReport(flags.db, apiCall('/api/conflicts'));
  if (!store) return 1;
  try {
    await warnIfStale(store);
    const nodes = await store.conflicts();
    out(flags.json ? nodes.map((n) => `${JSON.stringify(n)}\n`).join('') : conflictLines(nodes).map((l) => `${l}\n`).join(''));
    await endOut();
    if (!flags.json) process.stderr.write(`annals: ${nodes.length} conflicts from ${store.location}\n`);
    return 0;
  } finally {
    await store.close();
  }
}
