// Help text only: the filter's schema (zod) loads with the command that reads it (runExport.ts).
import { Option, type Command } from 'commander';
import { wholeNumber } from '../numberOption.js';

/** The filter options as commander hands them over. */
export interface FilterOptions {
  actor?: string;
  type?: string;
  country?: string;
  from?: string;
  to?: string;
  bbox?: string;
  q?: string;
  conflict?: string;
  limit?: number;
}

/**
 * Adds the event filters (the store's, by the same names) to a command.
 * @example addFilterOptions(program.command('export'))
 */
export function addFilterOptions(command: Command): Command {
  return command
    .addOption(new Option('--actor <name>', "an actor's name, canonical page or alias, in any role"))
    .addOption(new Option('--type <type>', 'an ACLED event type or sub-event type'))
    .addOption(new Option('--country <country>', "the event place's country (ISO alpha-2 or name)"))
    .addOption(new Option('--from <date>', 'events on or after this day (YYYY-MM-DD)'))
    .addOption(new Option('--to <date>', 'events on or before this day (YYYY-MM-DD)'))
    .addOption(new Option('--bbox <w,s,e,n>', 'a box in degrees; west > east crosses the antimeridian'))
    .addOption(new Option('--q <words>', 'full-text search over notes and evidence'))
    .addOption(new Option('--conflict <name>', 'a conflict by name or id (annals conflicts): its events and those of every conflict under it'))
    .addOption(new Option('--limit <n>', 'at most this many events').argParser(wholeNumber(0)));
}
