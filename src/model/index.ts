// Types and zod-free values only: the schemas (zod) are in './schemas.js', imported by the few
// modules that validate with them, so that a command that only extracts or lists never loads zod.
export type * from './span.js';
export { spanText } from './spanText.js';
export type * from './article.js';
export * from './annalsError.js';
export * from './calendarDay.js';
export type * from './extraction.js';
export type * from './mention.js';
export type * from './entity.js';
export type * from './lexicon.js';
export type * from './event.js';
export { ACLED_TYPES } from './acledTypes.js';
