import type { GoldFile } from './goldFile.js';
import { figures, type EvalReport } from './evalReport.js';
import type { PredictedArticle } from './predictedArticle.js';
import { scoreArticle } from './scoreArticle.js';
import { sumTallies } from './_articleTallies.js';

/**
 * Scores predicted articles against their gold records (fixtures/gold/FORMAT.md): per article and
 * overall, where the overall row adds the counts of every article (micro-average). Pure: no I/O.
 * @example
 * const report = evaluate([{ gold: goldOfGao, predicted: JSON.parse(extractJsonLine) }]);
 * report.overall.f1 // 1 when both strikes and the looting are found, and nothing else
 */
export function evaluate(pairs: readonly { gold: GoldFile; predicted: PredictedArticle }[]): EvalReport {
  const scored = pairs.map(({ gold, predicted }) => ({ article: gold.article, ...scoreArticle(gold, predicted) }));
  return {
    overall: { articles: pairs.length, ...figures(sumTallies(scored.map((s) => s.tallies))) },
    articles: scored.map((s) => ({ article: s.article, ...figures(s.tallies), misses: s.misses, extra: s.extra, wrong: s.wrong })),
  };
}
