export { dateRecognisers } from './dateRecognisers.js';
export { publicationDate } from './publicationDate.js';
export { referenceDate } from './referenceDate.js';
export type { AnchorMarker } from './_anchor.js';
