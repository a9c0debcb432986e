export { nodeArguments, startWorker } from './entry.js';
