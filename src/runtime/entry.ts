import { fileURLToPath } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

// Used only when running from the TypeScript sources; neither file is compiled into dist/.
const REGISTER_TS = new URL('./_registerTs.mjs', import.meta.url);
const FROM_SOURCES = new URL('./_fromSources.mjs', import.meta.url);

/**
 * The module `name` beside `caller` (the caller's `import.meta.url`): its compiled `.js`, or its `.ts`
 * when the caller itself runs from the sources (vitest), where no compiled module exists beside it.
 */
function sibling(caller: string, name: string): URL {
  return new URL(`./${name}${caller.endsWith('.ts') ? '.ts' : '.js'}`, caller);
}

/**
 * Starts a worker thread on the module `name` beside `caller`: the compiled module directly, or from
 * the sources through `_fromSources.mjs`, which registers the TypeScript hooks first and then imports
 * the module named by the thread's last argument. So a thread works (and is tested) with or without a build.
 * @example const worker = startWorker(import.meta.url, '_worker', { workerData })
 */
export function startWorker(caller: string, name: string, options: WorkerOptions = {}): Worker {
  if (!caller.endsWith('.ts')) return new Worker(sibling(caller, name), options);
  return new Worker(FROM_SOURCES, { ...options, argv: [...(options.argv ?? []), sibling(caller, name).href] });
}

/**
 * The arguments for `node` to run the module `name` beside `caller` as a script in a child process:
 * the compiled module, or from the sources with the TypeScript hooks preloaded.
 * @example spawn(process.execPath, [...nodeArguments(import.meta.url, '_makeTemplate'), path])
 */
export function nodeArguments(caller: string, name: string): string[] {
  const script = fileURLToPath(sibling(caller, name));
  return caller.endsWith('.ts') ? ['--import', REGISTER_TS.href, script] : [script];
}
