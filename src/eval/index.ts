export { evaluate } from './evaluate.js';
export { loadGoldFiles } from './loadGoldFiles.js';
export { formatEvalTable } from './formatEvalTable.js';
export { formatEvalDetails } from './formatEvalDetails.js';
export { unlocatedEvidence, type UnlocatedQuote } from './unlocatedEvidence.js';
export type { ArticleReport, EvalFigures, EvalReport } from './evalReport.js';
export type { PredictedArticle } from './predictedArticle.js';
export {
  GoldRecordSchema,
  GoldEventSchema,
  GoldMovementSchema,
  GoldEntitySchema,
  GoldCheckSchema,
  GoldValueSchema,
  type GoldFile,
  type GoldRecord,
  type GoldEvent,
  type GoldMovement,
  type GoldEntity,
  type GoldCheck,
  type GoldValue,
} from './goldFile.js';
