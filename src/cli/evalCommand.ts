import { existsSync } from 'node:fs';
import { evaluate, formatEvalDetails, formatEvalTable, loadGoldFiles, unlocatedEvidence, type GoldFile, type PredictedArticle } from '../eval/index.js';
import { isAnnalsError } from '../model/index.js';

export interface EvalOptions {
  json?: boolean;
  /** After the table, each article's missed, extra and partly wrong events. */
  details?: boolean;
  /** Exit 1 when the overall event F1 is below this (0–1). */
  minF1?: number;
}

/** Extracts the article at a gold file's source; null when the file holds no article. */
export type ExtractForEval = (sourcePath: string) => Promise<PredictedArticle | null>;

/**
 * Where gold files live when no folder is named: the repository's own, else the shared set beside it.
 * @example defaultGoldDirs() // ['fixtures/gold'] in the repository root
 */
export function defaultGoldDirs(): string[] {
  return [existsSync('fixtures/gold') ? 'fixtures/gold' : '../shared/gold'];
}

/**
 * `annals eval [GOLD_DIR…]`: extracts each gold file's article, scores it, prints a table (or one
 * JSON document with `--json`). Returns 0; 1 when a gold file or its source is bad (one line on
 * stderr naming it; the other articles are still scored) or the overall F1 is below `minF1`;
 * 2 for a `minF1` outside 0–1.
 * @example await runEval(['fixtures/gold'], { minF1: 0.5 }, extractForEval) // 0, after printing the table
 */
export async function runEval(dirs: string[], options: EvalOptions, extract: ExtractForEval): Promise<number> {
  if (options.minF1 !== undefined && !(options.minF1 >= 0 && options.minF1 <= 1)) {
    process.stderr.write(`annals: --min-f1 must be a number from 0 to 1, not ${String(options.minF1)}\n`);
    return 2;
  }
  const golds = loadOrReport(dirs.length > 0 ? dirs : defaultGoldDirs());
  if (golds === null) return 1;
  const pairs: { gold: GoldFile; predicted: PredictedArticle }[] = [];
  let failed = 0;
  for (const gold of golds) {
    const predicted = await extractOrReport(gold, extract);
    if (predicted === null) failed++;
    else pairs.push({ gold, predicted });
  }
  const report = evaluate(pairs);
  const details = options.details && !options.json ? `\n${formatEvalDetails(report)}` : '';
  process.stdout.write(options.json ? `${JSON.stringify(report)}\n` : `${formatEvalTable(report)}\n${details}`);
  if (failed > 0) return 1;
  if (options.minF1 !== undefined && report.overall.f1 < options.minF1) {
    process.stderr.write(`annals: overall F1 ${report.overall.f1.toFixed(4)} is below --min-f1 ${options.minF1}\n`);
    return 1;
  }
  return 0;
}

function loadOrReport(dirs: string[]): GoldFile[] | null {
  try {
    const golds = loadGoldFiles(dirs);
    if (golds.length > 0) return golds;
    process.stderr.write(`annals: ${dirs.join(', ')}: no *.gold.json files to score\n`);
  } catch (error) {
    if (!isAnnalsError(error)) throw error;
    process.stderr.write(`annals: ${error.message}\n`);
  }
  return null;
}

async function extractOrReport(gold: GoldFile, extract: ExtractForEval): Promise<PredictedArticle | null> {
  try {
    const predicted = await extract(gold.sourcePath);
    if (predicted === null) {
      process.stderr.write(`annals: ${gold.sourcePath}: no article to score (source of ${gold.file})\n`);
      return null;
    }
    for (const { owner, quote } of unlocatedEvidence(gold, predicted.text)) {
      process.stderr.write(`annals: warning: ${gold.file}: evidence of ${owner} is not in the article text: "${quote}"\n`);
    }
    return predicted;
  } catch (error) {
    if (!isAnnalsError(error)) throw error;
    process.stderr.write(`annals: ${error.message} (source of ${gold.file})\n`);
    return null;
  }
}
