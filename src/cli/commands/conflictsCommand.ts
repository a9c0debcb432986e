import type { ConflictNode } from '../../store/index.js';
import { endOut, out } from '../stdout.js';
import { warnIfStale } from './_linkWarning.js';
import { apiCall, openStoreOrReport } from './_openStore.js';
import type { CommandContext } from './registry.js';

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
 * Registers `annals conflicts [--json]`: the conflict tree built from infobox `partof` fields, each
 * conflict with the events and dates of everything under it.
 * @example registerConflicts({ program, setStatus, verbose })
 */
export function registerConflicts({ program, setStatus }: CommandContext): void {
  program
    .command('conflicts')
    .description('the conflict tree from infobox "part of" fields (battles under offensives under wars) with event counts and date ranges')
    .option('--db <db>', 'a PGlite data folder or a postgres:// URL (default: $ANNALS_DB, else .annals/)')
    .option('--json', 'one JSON document per conflict per line (id, name, parent_id, depth, articles, events, dates)')
    .action(async (flags: { db?: string; json?: boolean }) => {
      const store = await openStoreOrReport(flags.db, apiCall('/api/conflicts'));
      if (!store) return setStatus(1);
      try {
        await warnIfStale(store);
        const nodes = await store.conflicts();
        out(flags.json ? nodes.map((n) => `${JSON.stringify(n)}\n`).join('') : conflictLines(nodes).map((l) => `${l}\n`).join(''));
        await endOut();
        if (!flags.json) process.stderr.write(`annals: ${nodes.length} conflicts from ${store.location}\n`);
        setStatus(0);
      } finally {
        await store.close();
      }
    });
}
