import { wholeNumber } from '../numberOption.js';
import type { CommandContext } from './registry.js';
import type { ListFlags } from './runEntities.js';

/**
 * Registers `annals entities [--kind --q --named --limit] [--json]` (canonical entities across
 * articles with article and event counts) and `annals entities show ID|NAME [--json]` (every
 * member and why it belongs).
 * @example registerEntities({ program, setStatus, verbose })
 */
export function registerEntities({ program, setStatus }: CommandContext): void {
  const entities = program
    .command('entities')
    .description('canonical entities across articles (a link run makes them) with article and event counts; `entities show ID` explains each merge')
    .option('--db <db>', 'a PGlite data folder or a postgres:// URL (default: $ANNALS_DB, else .annals/)')
    .option('--kind <kind>', 'state, armed_group, military_unit, person, civilians, place or equipment')
    .option('--q <words>', 'words in the name or any alias (case, accents and punctuation ignored)')
    .option('--named', 'leave out bare common nouns ("rebels"), which are never merged')
    .option('--limit <n>', 'at most this many', wholeNumber(0))
    .option('--json', 'one JSON document per entity per line')
    .action(async (flags: ListFlags) => {
      // the store's modules load when the command runs, not for `--help`
      const { runEntities } = await import('./runEntities.js');
      setStatus(await runEntities(flags));
    });
  entities
    .command('show')
    .description('one canonical entity: every article that names it, the rule and evidence that merged each, and each alias with what read it')
    .argument('<id>', 'an entity id (E…) or an exact name')
    .option('--db <db>', 'a PGlite data folder or a postgres:// URL (default: $ANNALS_DB, else .annals/)')
    .option('--json', 'one JSON document')
    .action(async (id: string, flags: { db?: string; json?: boolean }) => {
      const { runEntityShow } = await import('./runEntities.js');
      setStatus(await runEntityShow(id, { ...flags, db: flags.db ?? entities.opts<{ db?: string }>().db }));
    });
}
