import { Option } from 'commander';
import { EXPORT_FORMATS } from '../../export/exportFormats.js';
import { addFilterOptions } from './_filterOptions.js';
import type { CommandContext } from './registry.js';
import type { ExportOptions } from './runExport.js';

/**
 * Registers `annals export`.
 * @example registerExport({ program, setStatus, verbose })
 */
export function registerExport({ program, setStatus, verbose }: CommandContext): void {
  const command = program
    .command('export')
    .description('write stored events as ACLED CSV, UCDP GED CSV, GeoJSON (events and movements) or JSON Lines, streamed')
    .addOption(new Option('--format <format>', 'acled, ucdp, geojson or jsonl').choices(EXPORT_FORMATS).makeOptionMandatory())
    .option('--out <file>', 'write to this file (default: standard output)')
    .option('--db <db>', 'the store: a data folder or a postgres:// URL (default: $ANNALS_DB, else ./.annals)');
  addFilterOptions(command).action(async (options: ExportOptions) => {
    // the exports' and the store's modules load when the command runs, not for `--help`
    const { runExport } = await import('./runExport.js');
    setStatus(await runExport({ ...options, verbose: verbose() }));
  });
}
