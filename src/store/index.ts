export { openStore } from './openStore.js';
export { embeddedStoreState } from './_pgliteBackend.js';
export { noteServer, servedBy, SERVED_FILE, type ServedBy } from './servedBy.js';
export { remoteStore } from './remoteStore.js';
export { fromRemoteError, toRemoteError, type RemoteError } from './_remoteProtocol.js';
export { storeTarget, DEFAULT_STORE_FOLDER, type StoreTarget } from './storeTarget.js';
export type {
  ArticleFacts, ArticleFilter, ArticleRef, ArticleSummary, BoundingBox, EntityRef, EventFilter, EventRecord, EvidenceText, PlaceRef, SaveOutcome, Store, StoreCounts,
} from './types.js';
export type {
  CanonicalEntityRow, CanonicalRef, ConflictRow, EntityMemberRow, EventClusterRow, LinkArticle, LinkedSource, LinkEntity, LinkEvent, LinkInputs,
  LinkRecords, MergeEvidence,
} from './linkTypes.js';
export type {
  CanonicalEntity, CanonicalEntityDetail, ConflictNode, ConflictPath, ConflictRef, EntityFilter, EntityMember, LinkedEvent, LinkedEventFilter, LinkStatus,
} from './linkViews.js';
export type { WikiFinds, WikiPlace, WikiRedirect, WikiSource, WikiSourceSummary } from './wikiTypes.js';
export { conflictNameKey } from './_conflictSql.js';
export { entityRef, placeRef } from './_entityRefs.js';
