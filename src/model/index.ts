export * from './span.js';
export * from './article.js';
export * from './annalsError.js';
export * from './extraction.js';
export * from './mention.js';
export * from './entity.js';
export * from './lexicon.js';
export * from './event.js';
