export * from './model/index.js';
export * from './model/schemas.js';
export { extractBytes, extractFile, toExtraction, defaultConfig, emptyStageTimes, type Config, type ExtractResult, type StageTimes } from './pipeline.js';
export { readArticles, defaultReaders, type Reader, type ReadResult } from './read/index.js';
export { segment } from './segment/index.js';
