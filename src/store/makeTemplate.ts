import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { nodeArguments } from '../runtime/index.js';

const run = promisify(execFile);

/**
 * Makes the template of a new PGlite store (`pgliteTemplatePath`) in a child process. PGlite's
 * initdb copies its whole WASM memory and grows it; the process that ran it peaked at ~760 MB and
 * kept ~400 MB resident for its life, where a store unpacked from a template keeps ~200 MB. So the
 * first store on a machine is made apart, once, and every store (that one too) is unpacked from it.
 * @example await makeTemplate(pgliteTemplatePath(migrations))
 */
export async function makeTemplate(template: string): Promise<void> {
  try {
    await run(process.execPath, [...nodeArguments(import.meta.url, '_makeTemplate'), template], { maxBuffer: 1 << 20 });
  } catch (error) {
    const lines = String((error as { stderr?: unknown }).stderr ?? '').split('\n').map((line) => line.trim()).filter((line) => line !== '');
    // the child's own error line, else its last words, else (it printed nothing) how it ended
    const why = lines.filter((line) => /error/i.test(line)).pop() ?? lines.pop() ?? (error instanceof Error ? error.message : String(error));
    throw new Error(`cannot make the store template ${template}: ${why}`);
  }
}
