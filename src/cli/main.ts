import { Command, CommanderError } from 'commander';
import { DATE_OPTION_HELP } from './dateOption.js';
import { fraction } from './numberOption.js';
import { COMMANDS } from './commands/index.js';
import { packageVersion } from './packageVersion.js';
import { OutputClosed, watchStdout } from './stdout.js';

// Every command imports what it runs inside its action, never here: `annals --help` and `--version`
// load commander and the help texts alone (< 0.2 s), and no command but those that extract loads the
// pipeline (NLP model, parsers) or the gazetteer. `annals ingest` runs the pipeline on worker threads
// only, and its main thread is ~50 MB lighter without them.
const pipeline = () => import('../pipeline.js');

/**
 * The `annals` command: parses arguments, calls the library, prints messages, sets the exit status
 * (0 ok, 1 failure, 2 usage).
 */
export async function main(argv: readonly string[]): Promise<number> {
  watchStdout();
  const program = new Command('annals')
    .description('Structured, sourced, geocoded event data from articles about armed conflict')
    .version(packageVersion(), '-V, --version', 'print the version')
    .option('--verbose', 'print the cause of errors')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  let status = 0;
  program
    .command('extract')
    .description('read articles (plain text, Markdown + YAML, wikitext, MediaWiki XML exports) and print their records')
    .argument('<paths...>', 'files or folders (walked recursively)')
    .option('--json', 'one JSON document per article per line')
    .option('--date <YYYY-MM-DD>', DATE_OPTION_HELP)
    .action(async (paths: string[], options: { json?: boolean; date?: string }) => {
      const { runExtract } = await import('./extractCommand.js');
      status = await runExtract(paths, { ...options, verbose: program.opts<{ verbose?: boolean }>().verbose ?? false });
    });
  program
    .command('check')
    .description("compare each article's infobox with its prose: agrees, contradicts or unsupported, with the words that decided")
    .argument('<files...>', 'article files or folders (walked recursively)')
    .option('--json', 'one JSON document per article per line')
    .action(async (files: string[], options: { json?: boolean }) => {
      const { runCheck } = await import('./checkCommand.js');
      status = await runCheck(files, { ...options, verbose: program.opts<{ verbose?: boolean }>().verbose ?? false }, async (path) => (await (await pipeline()).extractFile(path)).articles);
    });
  program
    .command('eval')
    .description('score the extractor against gold files (*.gold.json; default fixtures/gold, else ../shared/gold)')
    .argument('[dirs...]', 'folders of *.gold.json files (walked recursively) or single gold files')
    .option('--json', 'one JSON document: overall and per-article figures')
    .option('--details', "after the table, each article's missed and extra events and the wrong fields of matched ones")
    .option('--min-f1 <f1>', 'exit 1 when the overall event F1 is below this (0–1)', fraction(0, 1))
    .action(async (dirs: string[], options: { json?: boolean; details?: boolean; minF1?: number }) => {
      const { extractFile, toExtraction } = await pipeline();
      const { runEval } = await import('./evalCommand.js');
      status = await runEval(dirs, options, async (source) => {
        const [article] = (await extractFile(source)).articles;
        return article ? toExtraction(article) : null;
      });
    });
  const gazetteer = program
    .command('gazetteer')
    .description('the offline gazetteer: import GeoNames or Who\'s On First files into the user layer, list the layers');
  gazetteer
    .command('import')
    .description('stream GeoNames files you downloaded (allCountries.txt, ML.txt, alternateNamesV2.txt) or Who\'s On First places files (whosonfirst-data-admin-xx.places.tsv) into the user layer')
    .argument('<files...>', 'unzipped GeoNames dump files or WOF places TSV files')
    .option('--gazetteer <dir>', 'user layer folder (default: $ANNALS_GAZETTEER, else ~/.local/share/annals/gazetteer)')
    .option('--json', 'one JSON document per file')
    .action(async (files: string[], options: { gazetteer?: string; json?: boolean }) => {
      const { runGazetteerImport } = await import('./gazetteerCommand.js');
      status = await runGazetteerImport(files, { ...options, verbose: program.opts<{ verbose?: boolean }>().verbose ?? false });
    });
  gazetteer
    .command('info')
    .description("each layer with its counts and sources: the base layer's file, load time and memory (builds it if missing), the user layer's imports, the store's wiki layer")
    .option('--gazetteer <dir>', 'user layer folder (default: $ANNALS_GAZETTEER, else ~/.local/share/annals/gazetteer)')
    .option('--db <db>', 'the store whose wiki layer to list (default: $ANNALS_DB, else .annals/ if it exists)')
    .option('--json', 'one JSON document')
    .action(async (options: { gazetteer?: string; db?: string; json?: boolean }) => {
      const { runGazetteerInfo } = await import('./gazetteerCommand.js');
      status = await runGazetteerInfo(options);
    });
  const context = { program, setStatus: (s: number) => void (status = s), verbose: () => program.opts<{ verbose?: boolean }>().verbose ?? false };
  for (const register of COMMANDS) register(context);
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof OutputClosed) return error.status;
    throw error;
  }
  return status;
}
