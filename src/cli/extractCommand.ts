import { isAnnalsError } from '../model/index.js';
import { defaultConfig, extractFile, toExtraction, type Config } from '../pipeline.js';
import { dateOption } from './dateOption.js';
import { expandInputs } from './inputs.js';
import { progress } from './progress.js';
import { out } from './stdout.js';
import { summarise } from './summary.js';

export interface ExtractOptions {
  json?: boolean;
  verbose?: boolean;
  /** `--date`: the day every text was published, as typed (checked here). */
  date?: string;
}

/**
 * `annals extract FILE…`: prints every article of every input; a bad input costs one line on stderr,
 * not the run; a bad `--date`, one line and exit status 2 before anything is read; no article at all
 * (an empty folder), one line and status 1. Returns the exit status.
 */
export async function runExtract(paths: string[], options: ExtractOptions): Promise<number> {
  let config: Config = defaultConfig;
  try {
    if (options.date !== undefined) config = { ...defaultConfig, publicationDate: dateOption(options.date) };
  } catch (error) {
    if (!isAnnalsError(error)) throw error;
    process.stderr.write(`annals: ${error.message}\n`);
    return 2;
  }
  const files = await expandInputs(paths);
  if (files.length === 0) {
    process.stderr.write(`annals: ${paths.join(', ')}: no files to read\n`);
    return 1;
  }
  const bar = progress(files.length);
  let failed = 0;
  let articles = 0;
  for (const file of files) {
    try {
      const result = await extractFile(file, config);
      for (const article of result.articles) {
        articles++;
        out(options.json ? `${JSON.stringify(toExtraction(article))}\n` : `${summarise(article)}\n`);
      }
      for (const problem of result.problems) process.stderr.write(`annals: ${problem.message}\n`);
      if (result.problems.length > 0) failed++;
    } catch (error) {
      if (!isAnnalsError(error)) throw error;
      failed++;
      process.stderr.write(`annals: ${error.message}\n`);
      if (options.verbose && error.cause) process.stderr.write(`${String(error.cause)}\n`);
    }
    bar.tick(file);
  }
  bar.done();
  if (!options.json && files.length > 1) {
    out(`\n${articles} articles from ${files.length} files${failed > 0 ? `; ${failed} files with problems` : ''}\n`);
  }
  // a dump of redirects only, say: nothing read is a failure, said in words
  if (articles === 0 && failed === 0) process.stderr.write(`annals: ${paths.join(', ')}: no article in ${files.length === 1 ? 'the file' : `${files.length} files`}\n`);
  return failed > 0 || articles === 0 ? 1 : 0;
}
