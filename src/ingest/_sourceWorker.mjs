// The worker entry when the pool runs from its TypeScript sources (vitest): TypeScript hooks first,
// then the worker itself. Compiled runs start dist/ingest/_worker.js directly.
import './_registerTs.mjs';

await import('./_worker.ts');
