import { Command, CommanderError } from 'commander';
import { runExtract } from './extractCommand.js';

/**
 * The `annals` command: parses arguments, calls the library, prints messages, sets the exit status
 * (0 ok, 1 failure, 2 usage).
 */
export async function main(argv: readonly string[]): Promise<number> {
  const program = new Command('annals')
    .description('Structured, sourced, geocoded event data from articles about armed conflict')
    .option('--verbose', 'print the cause of errors')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  let status = 0;
  program
    .command('extract')
    .description('read articles (plain text, Markdown + YAML, wikitext, MediaWiki XML exports) and print their records')
    .argument('<paths...>', 'files or folders (walked recursively)')
    .option('--json', 'one JSON document per article per line')
    .action(async (paths: string[], options: { json?: boolean }) => {
      status = await runExtract(paths, { ...options, verbose: program.opts<{ verbose?: boolean }>().verbose ?? false });
    });
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    throw error;
  }
  return status;
}
