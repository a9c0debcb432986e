export { linkStore, type LinkSummary } from './linkStore.js';
export { linkRecords } from './linkRecords.js';
export { isGenericName } from './_genericName.js';
export { partofChains } from './_partofChains.js';
export { fatalityRange, BEST_RULE } from './_fatalityRange.js';
