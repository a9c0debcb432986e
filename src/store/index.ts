export { openStore } from './openStore.js';
export { storeTarget, DEFAULT_STORE_FOLDER, type StoreTarget } from './storeTarget.js';
export type {
  ArticleRef, ArticleSummary, BoundingBox, EntityRef, EventFilter, EventRecord, EvidenceText, PlaceRef, SaveOutcome, Store, StoreCounts,
} from './types.js';
