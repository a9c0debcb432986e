export { workUnits } from './workUnits.js';
export { pagesOf, type PagesOptions } from './pagesOf.js';
export { extractUnit } from './extractUnit.js';
export { runPool, type PoolOptions, type PoolSummary } from './runPool.js';
export { conflictInfoboxKind } from './conflictInfoboxKind.js';
export { describeUnit } from './workUnit.js';
export type { WorkUnit, FileUnit, DumpUnit, DumpStreamUnit, PageUnit, Page, PageRef, Skipped, SkipReason, UnitResult } from './workUnit.js';
export { ingest, type IngestOptions } from './ingest.js';
export { formatSummary, type IngestSummary } from './ingestSummary.js';
