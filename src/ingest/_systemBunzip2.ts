import { spawn } from 'node:child_process';
import { once } from 'node:events';

/** The system's bzip2 stopped with an error or a warning, or could not be started. */
export class SystemBunzip2Failed extends Error {}

// Started once per process at most when missing: every unit then goes to the JavaScript decoder.
let missing = false;

/**
 * Whether `bzip2 -dc` is to be tried: not under `ANNALS_BZIP2=js`, nor once it failed to start.
 * @example wantSystemBunzip2() // true where the bzip2 program is installed
 */
export function wantSystemBunzip2(env: NodeJS.ProcessEnv = process.env): boolean {
  return !missing && env.ANNALS_BZIP2 !== 'js';
}

/**
 * Decompresses bzip2 chunks through `bzip2 -dc` in a child process, concatenated streams included:
 * the system's libbz2 decodes ~8× faster than unbzip2-stream, on a core of its own. The pipe holds
 * the child back while the caller is busy, so only a pipe's worth (64 kB) waits, never the file.
 * Throws `SystemBunzip2Failed` when the program cannot start or ends with an error or a warning
 * (a cut stream, trailing garbage): the caller then decodes with JavaScript, whose messages are the ones users see.
 * @example for await (const xml of systemBunzip2(createReadStream('fatwiki-…-multistream.xml.bz2'))) parser.write(xml)
 */
export async function* systemBunzip2(chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const child = spawn('bzip2', ['-dc'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let warning = '';
  child.stderr.on('data', (chunk: Buffer) => void (warning += chunk.toString()));
  // a child that could not start emits 'error', not 'close': that reads as a failed run
  const exited = (once(child, 'close') as Promise<[number | null, NodeJS.Signals | null]>).catch((): [null, null] => [null, null]);
  const started = once(child, 'spawn').then(
    () => true,
    () => ((missing = true), false),
  );
  // the child's input is fed as the file is read; a child that stops early closes its end (EPIPE)
  child.stdin.on('error', () => undefined);
  const feeding = (async () => {
    if (!(await started)) return;
    for await (const chunk of chunks) {
      if (child.stdin.destroyed) return;
      if (!child.stdin.write(chunk)) await Promise.race([once(child.stdin, 'drain'), exited]);
    }
    child.stdin.end();
  })();
  try {
    if (!(await started)) throw new SystemBunzip2Failed('bzip2 could not be started');
    for await (const chunk of child.stdout) yield chunk as Buffer;
    const [[code, signal]] = await Promise.all([exited, feeding]);
    if (code !== 0 || signal !== null || warning !== '') throw new SystemBunzip2Failed(warning.trim() || `bzip2 exited with ${signal ?? code}`);
  } finally {
    if (child.exitCode === null && child.signalCode === null) child.kill();
    await feeding.catch(() => undefined);
  }
}
