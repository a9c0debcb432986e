// The link thread's entry when running from the TypeScript sources (vitest): TypeScript hooks first,
// then the worker itself. Compiled runs start dist/link/_linkWorker.js directly.
import '../ingest/_registerTs.mjs';

await import('./_linkWorker.ts');
