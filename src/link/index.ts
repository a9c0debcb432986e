export { linkStore, LINK_HEAP_MB, type LinkSummary } from './linkStore.js';
export { linkHere } from './linkHere.js';
export { linkRecords } from './linkRecords.js';
export { isGenericName } from './_genericName.js';
export { partofChains } from './_partofChains.js';
export { fatalityRange, BEST_RULE } from './_fatalityRange.js';
