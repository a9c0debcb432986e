// A worker thread's entry when running from the TypeScript sources (vitest): the TypeScript hooks
// first, then the module whose URL `startWorker` appended as the thread's last argument. Compiled
// runs start the compiled module directly.
import './_registerTs.mjs';

await import(process.argv.at(-1));
