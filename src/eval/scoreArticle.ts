import type { GoldFile } from './goldFile.js';
import { matchEvents } from './matchEvents.js';
import type { PredictedArticle } from './predictedArticle.js';
import { emptyArticleTallies, type ArticleTallies } from './_articleTallies.js';
import { scoreChecks } from './_checks.js';
import { scoreEntities } from './_entities.js';
import { isComplete, scoreEventFields } from './_eventFields.js';
import type { FieldMiss } from './evalReport.js';
import { scoreMovements } from './_movements.js';
import { entityIndex } from './_names.js';
import { scoreProvenance } from './_provenance.js';

export interface ArticleScore {
  tallies: ArticleTallies;
  misses: string[];
  extra: string[];
  wrong: FieldMiss[];
}

/**
 * Scores one article against its gold record. Fields are scored on every matched pair, optional
 * gold events included: an optional event need not be found, but what is said of it must be right.
 * @example scoreArticle(gold, predicted).misses // ['aghabo-air-strike']
 */
export function scoreArticle(gold: GoldFile, predicted: PredictedArticle): ArticleScore {
  const { matches, unmatchedGold, unmatchedPredicted } = matchEvents(gold.events, predicted);
  const entities = entityIndex(predicted.entities);
  const tallies = emptyArticleTallies();
  const optionalMatched = matches.filter((m) => !m.gold.required).length;
  tallies.goldEvents = gold.events.filter((e) => e.required).length;
  tallies.predictedEvents = predicted.events.length - optionalMatched;
  tallies.matched = matches.length - optionalMatched;
  const wrong: FieldMiss[] = [];
  for (const match of matches) {
    const fields = scoreEventFields(match, entities, tallies.fields);
    if (match.gold.required && isComplete(fields)) tallies.complete++;
    if (fields.length > 0) wrong.push({ gold: match.gold.id, predicted: match.predicted.id, fields });
  }
  Object.assign(tallies, scoreEntities(gold.entities, predicted.entities));
  tallies.legs = scoreMovements(gold.movements, gold.entities, predicted.movements, predicted.entities);
  tallies.checks = scoreChecks(gold.consistency, predicted.checks);
  tallies.provenance = scoreProvenance(predicted.events);
  return {
    tallies,
    misses: unmatchedGold.filter((g) => g.required).map((g) => g.id),
    extra: unmatchedPredicted.map((p) => p.id),
    wrong,
  };
}
