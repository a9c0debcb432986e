export * from './model/index.js';
export { extractBytes, extractFile, toExtraction, defaultConfig, type Config, type ExtractResult } from './pipeline.js';
export { readArticles, defaultReaders, type Reader, type ReadResult } from './read/index.js';
export { segment } from './segment/index.js';
