/**
 * Thrown by `out` once standard output is closed (`annals events | head -1`): the command stops
 * reading, closes its store, and `main` returns `status` (0 for a reader that had enough).
 */
export class OutputClosed extends Error {
  readonly status: number;

  constructor(status: number) {
    super('standard output is closed');
    this.name = 'OutputClosed';
    this.status = status;
  }
}

// null while standard output takes writes; else the exit status its failure means
let closedWith: number | null = null;
let watching = false;

/**
 * Listens for standard output failing, once per process: a reader that closed the pipe (EPIPE) ends
 * the output quietly with status 0, any other failure with one line on stderr and status 1. Without
 * a listener Node throws the error as an unhandled 'error' event: a stack trace and status 1.
 * @example watchStdout(); out('2013-01-13  Air/drone strike  France → MOJWA\n')
 */
export function watchStdout(stream: NodeJS.WriteStream = process.stdout): void {
  if (watching) return;
  watching = true;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (closedWith !== null) return;
    closedWith = error.code === 'EPIPE' ? 0 : 1;
    if (closedWith === 1) process.stderr.write(`annals: cannot write to standard output: ${error.code ?? error.message}\n`);
  });
}

/**
 * Writes to standard output, or throws `OutputClosed` once it is closed, so that a listing stops
 * at the next line instead of reading the rest of the store for no one.
 * @example for await (const event of store.events()) out(`${JSON.stringify(event)}\n`)
 */
export function out(text: string): void {
  // a failed write destroys the stream at once; its 'error' event comes a tick later
  if (closedWith !== null || process.stdout.destroyed) throw new OutputClosed(closedWith ?? 0);
  process.stdout.write(text);
}

/**
 * Resolves once the writes so far have met the pipe, or throws `OutputClosed` when it was closed:
 * a listing calls it before its closing line on stderr, which would count lines no one read.
 * @example await endOut(); process.stderr.write(`annals: ${n} events from ${store.location}\n`)
 */
export async function endOut(): Promise<void> {
  // a write into a closed pipe fails at once, but says so a tick later
  await new Promise((resolve) => setImmediate(resolve));
  if (closedWith !== null || process.stdout.destroyed) throw new OutputClosed(closedWith ?? 0);
}
